/**
 * Models in the order the source article treats them (by the first paragraph they quote), so
 * every view lists Italy, France, the UK, the US and Japan as the article does. Works on raw,
 * unvalidated models: anything without a readable locator goes last, and ties keep their order.
 */
const firstParagraph = (model: unknown): number => {
  const evidence = (model as { evidence?: { locator?: unknown }[] } | undefined)?.evidence;
  const numbers = (Array.isArray(evidence) ? evidence : [])
    .map((e) => (typeof e?.locator === 'string' ? Number(e.locator.slice(1)) : NaN))
    .filter((n) => Number.isFinite(n));
  return numbers.length ? Math.min(...numbers) : Number.POSITIVE_INFINITY;
};

export function inArticleOrder<T>(
  items: readonly T[],
  modelOf: (item: T) => unknown = (x) => x,
): T[] {
  return items
    .map((item, i) => ({ item, i, p: firstParagraph(modelOf(item)) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ item }) => item);
}

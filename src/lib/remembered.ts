/**
 * A pure function's answers kept by a string key, for work asked again and again with the same
 * few inputs (a marker's path, a heat cell's colours). Past `limit` answers the store starts
 * afresh, so inputs that are seldom repeated cannot grow it without end.
 */
export function remembered<Args extends unknown[], Result>(
  keyOf: (...args: Args) => string,
  compute: (...args: Args) => Result,
  limit: number,
): (...args: Args) => Result {
  const answers = new Map<string, Result>();
  return (...args) => {
    const key = keyOf(...args);
    if (answers.has(key)) return answers.get(key) as Result;
    const result = compute(...args);
    if (answers.size >= limit) answers.clear();
    answers.set(key, result);
    return result;
  };
}

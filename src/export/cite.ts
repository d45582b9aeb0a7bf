/**
 * Ready citations of the app (for the current view) and of the source article: plain text and
 * BibTeX. The article's author and venue are not in the text we hold, and the citation says so.
 */
/** What a citation says of the bundled article where the corpus does not describe it (English). */
export const UNDESCRIBED_ARTICLE_KIND =
  'Review article in English; its author, venue and year are not given in the text we hold';

export interface CiteInput {
  viewTitle: string;
  url: string;
  codebookVersion: string;
  date: string; // YYYY-MM-DD
  article: { title: string; kind: string } | null;
}

/**
 * How each character that means something to BibTeX or LaTeX is written inside a braced field.
 * BibTeX ends a field at its matching brace and counts braces even after a backslash, so a lone
 * `\{` would still unbalance the entry: braces and the backslash become text commands instead.
 */
const BIB_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a BibTeX field: every special character written as plain text, in one pass. */
export const bibEscape = (s: string) => s.replace(/[\\{}%#&$_~^]/g, (c) => BIB_TEXT[c]!);

/**
 * A page address for `\url{}` inside a BibTeX field. The fragment goes (the app keeps no state
 * there, and a crafted `#…` was how an address broke out of the field); what the URL parser leaves
 * raw but BibTeX or TeX would read — braces, backslash, spaces, quotes, ~ ^ | ` < > — is
 * percent-encoded (%7E and ~ are the same to a URL), and the % of those escapes is written \% as
 * \url needs inside another command's argument.
 */
export function bibUrl(address: string): string {
  let url: string;
  try {
    const parsed = new URL(address);
    parsed.hash = '';
    url = parsed.toString();
  } catch {
    url = address;
  }
  const encoded = url.replace(
    /[^A-Za-z0-9\-._:/?[\]@!$&'()*+,;=%]/gu,
    (c) =>
      `%${[...new TextEncoder().encode(c)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('%')}`,
  );
  return encoded.replace(/[%#]/g, '\\$&');
}

export function citePlain(c: CiteInput): { app: string; article: string | null } {
  const year = c.date.slice(0, 4);
  return {
    app: `Cluster Atlas (${year}). ${c.viewTitle} [interactive comparison of national cluster-policy models; codebook version ${c.codebookVersion}]. Retrieved ${c.date}, from ${c.url}`,
    article: c.article ? `“${c.article.title}”. ${c.article.kind}.` : null,
  };
}

/** A BibTeX entry, its field names padded so the values line up; values are written as given. */
function entry(head: string, fields: readonly [string, string][]): string {
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`);
  return `${head}\n${lines.join(',\n')}\n}`;
}

/** The app's own entry: what was seen, where and when, with the codebook it was coded against. */
function appEntry(c: CiteInput, annote?: string): string {
  const year = c.date.slice(0, 4);
  return entry(`@misc{clusteratlas${year},`, [
    ['title', `Cluster Atlas: ${bibEscape(c.viewTitle)}`],
    ['year', year],
    ['howpublished', `\\url{${bibUrl(c.url)}}`],
    ['note', `Codebook version ${bibEscape(c.codebookVersion)}; accessed ${bibEscape(c.date)}`],
    ...(annote === undefined ? [] : [['annote', bibEscape(annote)] as [string, string]]),
  ]);
}

/** The article's entry; with a passage, where in it (its note) and the passage itself (annote). */
function articleEntry(article: { title: string; kind: string }, passage?: PassageInput): string {
  return entry('@article{foreignexperienceclusters,', [
    ['title', bibEscape(article.title)],
    ['note', bibEscape(passage ? `${article.kind}; ${passage.where}` : article.kind)],
    ...(passage ? [['annote', bibEscape(passage.text)] as [string, string]] : []),
  ]);
}

export function citeBibtex(c: CiteInput): string {
  const entries = [appEntry(c)];
  if (c.article) entries.push(articleEntry(c.article));
  return `${entries.join('\n\n')}\n`;
}

/**
 * A passage of the article copied with its citation: a quote of the corpus or a whole paragraph,
 * verbatim, with where it stands ("paragraph 31", in the reader's language) and, on pages in
 * another language, our translation (labelled as ours).
 */
export interface PassageInput {
  text: string;
  /** Where the passage stands in the article, as the reader's language says it ("paragraph 31"). */
  where: string;
  /** Our translation and its label ("Our translation:"), on pages in another language. */
  translation?: { label: string; text: string };
}

/**
 * The passage in quotation marks with its place, our translation if any, then the article's and
 * the app's citations, one a line.
 */
export function citePassagePlain(passage: PassageInput, c: CiteInput): string {
  const plain = citePlain(c);
  const source = c.article ? `${c.article.title}, ${passage.where}` : passage.where;
  return [
    `“${passage.text}” (${source})`,
    ...(passage.translation ? [`${passage.translation.label} ${passage.translation.text}`] : []),
    '',
    ...(plain.article ? [plain.article] : []),
    plain.app,
  ].join('\n');
}

/**
 * The passage as BibTeX: the article's entry carrying the passage (annote) and its place (note),
 * then the app's entry. Without a described article, the app's entry carries them instead.
 */
export function citePassageBibtex(passage: PassageInput, c: CiteInput): string {
  if (c.article) return `${articleEntry(c.article, passage)}\n\n${appEntry(c)}\n`;
  return `${appEntry(c, `${passage.text} (${passage.where})`)}\n`;
}

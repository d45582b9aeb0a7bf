/**
 * Ready citations of the app (for the current view) and of the source article: plain text and
 * BibTeX. The article's author and venue are not in the text we hold, and the citation says so.
 */
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

export function citeBibtex(c: CiteInput): string {
  const year = c.date.slice(0, 4);
  const entries = [
    [
      `@misc{clusteratlas${year},`,
      `  title        = {Cluster Atlas: ${bibEscape(c.viewTitle)}},`,
      `  year         = {${year}},`,
      `  howpublished = {\\url{${bibUrl(c.url)}}},`,
      `  note         = {Codebook version ${bibEscape(c.codebookVersion)}; accessed ${bibEscape(c.date)}}`,
      '}',
    ].join('\n'),
  ];
  if (c.article) {
    entries.push(
      [
        '@article{foreignexperienceclusters,',
        `  title = {${bibEscape(c.article.title)}},`,
        `  note  = {${bibEscape(c.article.kind)}}`,
        '}',
      ].join('\n'),
    );
  }
  return `${entries.join('\n\n')}\n`;
}

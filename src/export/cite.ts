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

const bibEscape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');

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
      `  howpublished = {\\url{${c.url}}},`,
      `  note         = {Codebook version ${c.codebookVersion}; accessed ${c.date}}`,
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

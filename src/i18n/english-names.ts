/**
 * A country's name inside an English sentence. Some names take "the" (the United States, the
 * Netherlands), and a name ending in "s" takes a bare apostrophe ("the United States'", not
 * "United States's"). The catalogue asks for these through formatters ({{model, possessive}}),
 * so Russian and Uzbek sentences, which decline or quote the name instead, never pass here.
 */

/** Names English says with "the": the "United …" states and a few plural or "Republic" names. */
const WITH_THE =
  /^(?:United\s|Republic\s+of\s|Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Russian Federation$)/;

export interface EnglishNameForm {
  /** First word of the sentence: "The United States". */
  start?: boolean;
  /** "the United States'", "Japan's". */
  possessive?: boolean;
}

export function englishName(name: string, form: EnglishNameForm = {}): string {
  const trimmed = name.trim();
  const article = WITH_THE.test(trimmed) ? `${form.start ? 'The' : 'the'} ` : '';
  const owner = form.possessive ? (/s$/i.test(trimmed) ? "'" : "'s") : '';
  return `${article}${trimmed}${owner}`;
}

/** The four forms, by the formatter names the English catalogue uses (matched without regard to case). */
export const ENGLISH_NAME_FORMATS: Record<string, EnglishNameForm> = {
  name: {},
  nameStart: { start: true },
  possessive: { possessive: true },
  possessiveStart: { start: true, possessive: true },
};

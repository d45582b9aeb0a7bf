/**
 * Where the words of a navigation heading come from, in the reader's language. The headings are
 * ours (added to the article for navigation), so they are translated: from the catalogue
 * (`article.headings.<slug>`), else, for a heading that is a model's English name ("Italy"), from
 * the model's name in the reader's bundle; a heading neither knows stays English. Pure.
 */
import { headingSlug } from './article-text';

/** The catalogue key of a heading's words. */
export const headingKey = (text: string): string => `article.headings.${headingSlug(text)}`;

export type HeadingWords =
  | { kind: 'catalogue'; key: string }
  | { kind: 'model'; model: string }
  | { kind: 'english'; text: string };

/**
 * @param models the models as written (English names), to recognise a country heading
 * @param hasKey whether the catalogue holds a key
 */
export function headingWords(
  text: string,
  models: readonly { id: string; name: string }[],
  hasKey: (key: string) => boolean,
): HeadingWords {
  const key = headingKey(text);
  if (hasKey(key)) return { kind: 'catalogue', key };
  const model = models.find((m) => m.name.toLowerCase() === text.toLowerCase());
  if (model) return { kind: 'model', model: model.id };
  return { kind: 'english', text };
}

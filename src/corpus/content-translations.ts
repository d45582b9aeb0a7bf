/**
 * The corpus's translations as the app receives them: one asset per language
 * (`i18n/<lang>.json`, the list of that language's translation files, emitted by the build from
 * data/i18n/), fetched when the language is chosen, checked against the format before use and
 * applied to the corpus it was built for. Quotes are never replaced; their translations come
 * back apart, to be shown beneath them as ours.
 */
import * as z from 'zod/mini';
import { applyTranslations, translationFileSchema } from './translations.ts';
import type { TranslatedBundle } from './translations.ts';
import type { Bundle } from './schema.ts';

/** Where the build puts a language's translations, relative to the page. */
export const translationAsset = (lang: string): string => `i18n/${lang}.json`;

const assetSchema = z.array(translationFileSchema);

export type ContentTranslationResult =
  { ok: true; translated: TranslatedBundle } | { ok: false; problem: string };

/** Fetches, checks and applies `lang`'s translations to `bundle` (the bundled corpus). */
export async function loadContentTranslation(
  bundle: Bundle,
  lang: string,
  fetcher: typeof fetch = fetch,
): Promise<ContentTranslationResult> {
  let value: unknown;
  try {
    const response = await fetcher(translationAsset(lang));
    if (!response.ok) return { ok: false, problem: `HTTP ${response.status}` };
    value = JSON.parse(await response.text());
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? e.message : String(e) };
  }
  const parsed = assetSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, problem: `${translationAsset(lang)} is not in the translation format` };
  return { ok: true, translated: applyTranslations(bundle, lang, parsed.data) };
}

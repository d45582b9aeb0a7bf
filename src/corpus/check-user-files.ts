/**
 * Reads the files a user chose and checks them into a corpus through the one validation route
 * (corpus-files.ts), reporting progress. A file over the size limit is never read (it is refused
 * by its size); a file that cannot be read is reported, never thrown. Runs in the worker, or on
 * the main thread where there is none.
 */
import { loadBundledArticle } from './bundled-article';
import { checkCorpusFiles } from './corpus-files';
import { LIMITS } from './limits';
import { readFileText } from './read-file-text';
import type { Bundle } from './schema';
import type { ArticleText } from './source-text';
import { COMBINED, WHOLE_FILE } from './user-corpus';
import type { InputFile, Progress, UserCorpusResult } from './user-corpus';

const cannot = (file: string, problem: string, expected: string): UserCorpusResult => ({
  ok: false,
  problems: [{ file, where: WHOLE_FILE, problem, expected }],
});

export async function checkUserFiles(
  files: readonly File[],
  bundled: Bundle,
  onProgress: (p: Progress) => void,
): Promise<UserCorpusResult> {
  const inputs: InputFile[] = [];
  for (const [i, file] of files.entries()) {
    onProgress({ phase: 'reading', done: i, total: files.length });
    let text = '';
    try {
      if (file.size <= LIMITS.maxBytes) text = await readFileText(file);
    } catch {
      return cannot(
        file.name,
        'could not be read',
        'a readable file; check that it still exists and try again',
      );
    }
    inputs.push({ name: file.name, text, bytes: file.size });
  }
  let article: ArticleText;
  try {
    article = await loadBundledArticle();
  } catch {
    // Quotes are never left unchecked: without the article's text the files are not accepted.
    return cannot(
      COMBINED,
      "could not be checked: the article's text did not load",
      'a working connection to this site; try again',
    );
  }
  return checkCorpusFiles(inputs, { base: bundled, article }, onProgress);
}

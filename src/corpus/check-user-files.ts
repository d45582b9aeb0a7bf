/**
 * Reads the files a user chose and checks them into a corpus (user-corpus.ts), reporting progress.
 * A file over the size limit is never read (it is refused by its size); a file that cannot be read
 * is reported, never thrown. Runs in the worker, or on the main thread where there is none.
 */
import { LIMITS } from './limits';
import { readFileText } from './read-file-text';
import type { Bundle } from './schema';
import { assembleUserCorpus, WHOLE_FILE } from './user-corpus';
import type { InputFile, Progress, UserCorpusResult } from './user-corpus';

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
      return {
        ok: false,
        problems: [
          {
            file: file.name,
            where: WHOLE_FILE,
            problem: 'could not be read',
            expected: 'a readable file; check that it still exists and try again',
          },
        ],
      };
    }
    inputs.push({ name: file.name, text, bytes: file.size });
  }
  return assembleUserCorpus(inputs, bundled, onProgress);
}

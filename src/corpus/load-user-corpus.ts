/**
 * Main-thread side of loading a user's corpus: refuses oversized files at once (by their size,
 * before reading a byte), then hands the files to the worker and relays its progress.
 * Where a browser (or a test DOM) has no Worker, the same checks run here instead.
 */
import { checkUserFiles } from './check-user-files';
import type { Bundle } from './schema';
import { fileSizeProblem } from './user-corpus';
import type { Progress, UserCorpusResult } from './user-corpus';
import type { WorkerReply, WorkerRequest } from './corpus-worker';

export function refuseOversized(files: readonly File[]): UserCorpusResult | null {
  const problems = files.flatMap((file) => fileSizeProblem(file.name, file.size) ?? []);
  return problems.length ? { ok: false, problems } : null;
}

export function loadUserCorpus(
  files: readonly File[],
  bundled: Bundle,
  onProgress: (p: Progress) => void,
): Promise<UserCorpusResult> {
  const refused = refuseOversized(files);
  if (refused) return Promise.resolve(refused);
  if (typeof Worker !== 'function') return checkUserFiles(files, bundled, onProgress);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === 'progress') onProgress(e.data.progress);
      else {
        worker.terminate();
        // For the load benchmark: what ran on the main thread before this was the worker's time.
        performance.mark('user-corpus:checked');
        resolve(e.data.result);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({
        ok: false,
        problems: [
          {
            file: files.map((f) => f.name).join(', '),
            where: '(whole file)',
            problem: `could not be checked: ${e.message || 'the checking worker stopped'}`,
            expected: 'a browser that runs Web Workers; try reloading the page',
          },
        ],
      });
    };
    const request: WorkerRequest = { files: [...files], bundled };
    worker.postMessage(request);
  });
}

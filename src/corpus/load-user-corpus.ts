/**
 * Main-thread side of loading a user's corpus: refuses oversized files at once (by their size,
 * before reading a byte), then hands the files to the worker and relays its progress.
 * Where a browser (or a test DOM) has no Worker, the same checks run here instead.
 */
import { LIMITS, checkFileSize } from './limits';
import type { Bundle } from './schema';
import { assembleUserCorpus } from './user-corpus';
import type { Progress, UserCorpusResult } from './user-corpus';
import type { WorkerReply, WorkerRequest } from './corpus-worker';

export function refuseOversized(files: readonly File[]): UserCorpusResult | null {
  const problems = files.flatMap((file) => {
    const size = checkFileSize(file.size);
    return size
      ? [
          {
            file: file.name,
            where: '(whole file)',
            problem: size.message,
            expected: 'a file of at most 5 MB',
          },
        ]
      : [];
  });
  return problems.length ? { ok: false, problems } : null;
}

export function loadUserCorpus(
  files: readonly File[],
  bundled: Bundle,
  onProgress: (p: Progress) => void,
): Promise<UserCorpusResult> {
  const refused = refuseOversized(files);
  if (refused) return Promise.resolve(refused);
  if (typeof Worker !== 'function') return loadHere(files, bundled, onProgress);
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

async function loadHere(
  files: readonly File[],
  bundled: Bundle,
  onProgress: (p: Progress) => void,
): Promise<UserCorpusResult> {
  const inputs = [];
  for (const file of files) {
    let text = '';
    try {
      text = file.size > LIMITS.maxBytes ? '' : await readText(file);
    } catch {
      return {
        ok: false,
        problems: [
          {
            file: file.name,
            where: '(whole file)',
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

function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

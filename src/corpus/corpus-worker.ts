/**
 * Web Worker: reads, checks, parses and validates the files a user brings in, off the main
 * thread, so a 5 MB corpus never freezes the page; reports progress as it goes.
 */
import { LIMITS } from './limits';
import type { Bundle } from './schema';
import { assembleUserCorpus } from './user-corpus';
import type { InputFile, Progress, UserCorpusResult } from './user-corpus';

export interface WorkerRequest {
  files: File[];
  bundled: Bundle;
}

export type WorkerReply =
  { type: 'progress'; progress: Progress } | { type: 'result'; result: UserCorpusResult };

// The worker's global scope, typed by what this file uses (the DOM typings describe a window).
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

scope.onmessage = (e) => {
  void answer(e.data).then((result) => scope.postMessage({ type: 'result', result }));
};

async function answer({ files, bundled }: WorkerRequest): Promise<UserCorpusResult> {
  const inputs: InputFile[] = [];
  for (const [i, file] of files.entries()) {
    scope.postMessage({
      type: 'progress',
      progress: { phase: 'reading', done: i, total: files.length },
    });
    // An oversized file is refused by its size alone: it is never read.
    const text = file.size > LIMITS.maxBytes ? '' : await file.text();
    inputs.push({ name: file.name, text, bytes: file.size });
  }
  return assembleUserCorpus(inputs, bundled, (progress) =>
    scope.postMessage({ type: 'progress', progress }),
  );
}

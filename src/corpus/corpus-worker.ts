/**
 * Web Worker: reads, checks, parses and validates the files a user brings in, off the main
 * thread, so a 5 MB corpus never freezes the page; reports progress as it goes.
 */
import { checkUserFiles } from './check-user-files';
import type { Bundle } from './schema';
import type { Progress, UserCorpusResult } from './user-corpus';

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

scope.onmessage = ({ data: { files, bundled } }) => {
  void checkUserFiles(files, bundled, (progress) =>
    scope.postMessage({ type: 'progress', progress }),
  ).then((result) => scope.postMessage({ type: 'result', result }));
};

/**
 * The whole current corpus as one bundle file that passes the validator, so an exported corpus
 * loads back unchanged (`npm run corpus:check -- file.json`, or later in the browser).
 */
import type { Bundle } from '../corpus/schema';

export function bundleJson(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** Saves text as a file through a temporary object URL; nothing leaves the browser. */
export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

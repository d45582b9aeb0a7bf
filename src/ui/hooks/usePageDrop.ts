import { useEffect, useState } from 'react';
import { watchPageDrop } from '../../user-corpus/page-drop';

/**
 * Files dropped anywhere on the page go to `onFiles` while `allowed`; returns whether files are
 * being dragged over the page (for the hint). Listening from the first render (a few hundred
 * bytes): a drop must never fall through to the browser, which would open the file in place of
 * the app.
 */
export function usePageDrop(allowed: boolean, onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => (allowed ? watchPageDrop(onFiles, setDragging) : undefined), [allowed, onFiles]);
  return dragging;
}

/**
 * Files dragged anywhere over the page can be dropped to load them as a corpus; while they hover,
 * the page says what a drop will do. Drags of text or links are left to the browser.
 * Returns how to stop listening.
 */

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function watchPageDrop(
  onFiles: (files: File[]) => void,
  onHover: (over: boolean) => void,
): () => void {
  // dragenter/dragleave fire for every child crossed; count them to know when the page is left.
  let depth = 0;
  const enter = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    depth++;
    onHover(true);
  };
  const leave = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) onHover(false);
  };
  const over = (e: DragEvent) => {
    if (carriesFiles(e)) e.preventDefault(); // allows the drop
  };
  const drop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault(); // the browser would otherwise open the file in place of the app
    depth = 0;
    onHover(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  };
  window.addEventListener('dragenter', enter);
  window.addEventListener('dragleave', leave);
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragenter', enter);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}

/**
 * Reads a PDF the way a reader would: its page count and the text of every page (pdf.js), so a
 * spec can check what a printed handout actually holds.
 */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: number; text: string[]; sizes: [number, number][] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  const text: string[] = [];
  const sizes: [number, number][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push([Math.round(x1 - x0), Math.round(y1 - y0)]);
    const content = await page.getTextContent();
    const words = content.items.map((item) => ('str' in item ? item.str : ''));
    text.push(words.join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return { pages: doc.numPages, text, sizes };
}

/**
 * Standalone SVG and PNG of what a chart shows on screen. The drawing is cloned from the page with
 * the styles it actually has (CSS custom properties resolved, CSS transforms turned into SVG
 * transforms), HTML heat maps are redrawn from their cells' geometry, and a title, a caption with
 * the models shown and a source line are added, so the file stands on its own in an essay or a
 * slide. Everything happens in the browser.
 */

export interface ExportMeta {
  title: string;
  caption: string;
  source: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export const EXPORT_FONT = "'Noto Sans', Arial, Helvetica, sans-serif";
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
] as const;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Copies the computed look of every element of `original` onto the matching element of `copy`. */
function inlineStyles(original: Element, copy: Element): void {
  const style = getComputedStyle(original);
  for (const prop of STYLE_PROPS) {
    const value = style.getPropertyValue(prop);
    if (value) copy.setAttribute(prop, value);
  }
  if (original instanceof SVGTextElement) copy.setAttribute('font-family', EXPORT_FONT);
  const transform = style.getPropertyValue('transform');
  if (transform && transform !== 'none')
    copy.setAttribute('transform', transform.replace(/,/g, ' '));
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  const from = [...original.children];
  const to = [...copy.children];
  from.forEach((child, i) => {
    const target = to[i];
    if (target) inlineStyles(child, target);
  });
}

function cloneSvg(svg: SVGSVGElement, x: number, y: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('x', String(Math.round(x)));
  copy.setAttribute('y', String(Math.round(y)));
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.removeAttribute('role');
  copy.removeAttribute('aria-labelledby');
  return new XMLSerializer().serializeToString(copy);
}

/** Redraws the shaded cells of HTML tables (heat maps) as SVG rectangles. */
function cellBackgrounds(container: HTMLElement, origin: DOMRect): string {
  const parts: string[] = [];
  for (const cell of container.querySelectorAll<HTMLTableCellElement>(
    'table.heat-map th, table.heat-map td',
  )) {
    const bg = getComputedStyle(cell).backgroundColor;
    if (!bg || bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') continue;
    const box = cell.getBoundingClientRect();
    parts.push(
      `<rect x="${(box.left - origin.left).toFixed(1)}" y="${(box.top - origin.top).toFixed(1)}" width="${box.width.toFixed(1)}" height="${box.height.toFixed(1)}" fill="${bg}"/>`,
    );
  }
  return parts.join('');
}

/**
 * Redraws the HTML text around and inside a chart (panel titles, legends, heat-map cells) where it
 * stands on screen: each text node is measured word by word, and words on one line become one
 * SVG <text>. Text that is visually hidden (1 px boxes) is left out.
 */
function htmlText(container: HTMLElement, origin: DOMRect): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg') || !node.textContent?.trim()) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const lines = new Map<number, { x: number; bottom: number; words: string[] }>();
    const text = node.textContent;
    for (const match of text.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const key = Math.round(box.top);
      const line = lines.get(key) ?? { x: box.left, bottom: box.bottom, words: [] };
      line.words.push(match[0]);
      lines.set(key, line);
    }
    for (const line of lines.values()) {
      const size = parseFloat(style.fontSize) || 14;
      const baseline = line.bottom - origin.top - size * 0.28;
      parts.push(
        `<text x="${(line.x - origin.left).toFixed(1)}" y="${baseline.toFixed(1)}" font-family="${EXPORT_FONT}" font-size="${size}" font-weight="${style.fontWeight}" font-style="${style.fontStyle}" fill="${style.color}">${escapeXml(line.words.join(' '))}</text>`,
      );
    }
  }
  return parts.join('');
}

/** Wraps long caption text into lines of about `chars` characters. */
export function wrapText(text: string, chars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && `${line} ${w}`.length > chars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

export function snapshotSvg(
  container: HTMLElement,
  meta: ExportMeta,
): { svg: string; width: number; height: number } {
  const origin = container.getBoundingClientRect();
  const width = Math.max(320, Math.round(origin.width));
  const page = getComputedStyle(document.body);
  const background = page.backgroundColor || '#ffffff';
  const text = page.color || '#000000';
  const header = 40;
  const body: string[] = [];
  body.push(cellBackgrounds(container, origin));
  for (const svg of container.querySelectorAll<SVGSVGElement>('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width > 0) body.push(cloneSvg(svg, box.left - origin.left, box.top - origin.top));
  }
  body.push(htmlText(container, origin));
  const chars = Math.max(40, Math.floor(width / 7.5));
  const captionLines = [...wrapText(meta.caption, chars), ...wrapText(meta.source, chars)];
  const contentHeight = Math.round(origin.height);
  const height = header + contentHeight + 16 + captionLines.length * 18 + 8;
  const captionY = header + contentHeight + 16;
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title export-desc">`,
    `<title id="export-title">${escapeXml(meta.title)}</title>`,
    `<desc id="export-desc">${escapeXml(`${meta.caption} ${meta.source}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<text x="8" y="26" font-family="${EXPORT_FONT}" font-size="18" font-weight="700" fill="${text}">${escapeXml(meta.title)}</text>`,
    `<g transform="translate(0 ${header})">${body.join('')}</g>`,
    `<g class="caption" font-family="${EXPORT_FONT}" font-size="12" fill="${text}">`,
    ...captionLines.map(
      (line, i) => `<text x="8" y="${captionY + i * 18 + 12}">${escapeXml(line)}</text>`,
    ),
    '</g>',
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** Renders SVG text to a PNG at `scale` times its size. */
export function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        reject(new Error('no 2D canvas'));
        return;
      }
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn'));
    };
    image.src = url;
  });
}

/**
 * A whole tour carried by a link (`?tourfile=…`), for sharing a small tour without a file: the
 * tour's compact JSON, deflated where the browser can (CompressionStream) and written in base64url.
 * `z.` marks a deflated tour, `j.` plain JSON. A link longer than TOUR_LINK_MAX is refused (mail
 * programs and chat apps cut long links); the tour file is the way for a larger tour. Reading a
 * link is reading a file: the same guards and schema (tour-file.ts).
 */
import type { Tour } from '../corpus/schema';
import { TOUR_FILE_MAX_BYTES } from '../corpus/tour-files';
import { readTourFileText } from './tour-file';
import type { TourFileResult } from './tour-file';

/** The longest `tourfile=` value written or read. */
export const TOUR_LINK_MAX = 2000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** All of a stream's bytes, or null once they pass `max` (a small link must not unpack into a flood). */
async function collect(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max: number,
): Promise<Uint8Array | null> {
  try {
    const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
    return await collect(piped, max);
  } catch {
    return null;
  }
}

const canDeflate = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/**
 * The `tourfile=` value for a tour, and its length; `value` is null when even deflated it is
 * longer than TOUR_LINK_MAX.
 */
export async function encodeTourLink(
  tour: Tour,
): Promise<{ value: string | null; length: number }> {
  const bytes = new TextEncoder().encode(JSON.stringify(tour));
  const plain = `j.${toBase64Url(bytes)}`;
  const packed = canDeflate()
    ? await transform(bytes, new CompressionStream('deflate-raw'), TOUR_FILE_MAX_BYTES)
    : null;
  const deflated = packed ? `z.${toBase64Url(packed)}` : null;
  const best = deflated && deflated.length < plain.length ? deflated : plain;
  return { value: best.length <= TOUR_LINK_MAX ? best : null, length: best.length };
}

/** The tour a `tourfile=` value carries, read like a tour file; never throws. */
export async function decodeTourLink(value: string): Promise<TourFileResult> {
  const bad: TourFileResult = { ok: false, problem: { kind: 'badLink' } };
  if (value.length > TOUR_LINK_MAX + 2 || !/^[jz]\.[A-Za-z0-9_-]+$/.test(value)) return bad;
  const bytes = fromBase64Url(value.slice(2));
  if (!bytes) return bad;
  const json =
    value[0] === 'z'
      ? canDeflate()
        ? await transform(bytes, new DecompressionStream('deflate-raw'), TOUR_FILE_MAX_BYTES)
        : null
      : bytes;
  if (!json) return bad;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return bad;
  }
  return readTourFileText(text);
}

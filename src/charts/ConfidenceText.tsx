import type { Confidence } from '../corpus/schema';

/** A value's confidence in words (already translated), so it never rests on a colour or an icon. */
export function ConfidenceText({ confidence, text }: { confidence: Confidence; text: string }) {
  return <span className={`confidence confidence--${confidence}`}> ({text})</span>;
}

/**
 * Shows a translated sentence with one piece of outside text in it, that piece isolated in a
 * <bdi> so its direction cannot reorder the sentence around it. The sentence is translated with
 * SLOT in place of the piece and split there: the piece itself never passes through the
 * translation (whose markup parsing would otherwise read tags out of it).
 */
import { shownText } from './untrusted-text';

/** A private-use character: no catalogue holds one, so the first one in a sentence is ours. */
export const SLOT = '\uE000';

export function FillSlot({ sentence, text }: { sentence: string; text: string }) {
  const at = sentence.indexOf(SLOT);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <bdi>{shownText(text)}</bdi>
      {sentence.slice(at + SLOT.length)}
    </>
  );
}

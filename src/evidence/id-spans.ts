/**
 * Our answers to a review sometimes name a part of the corpus by its id ("us-contract-rights-list",
 * the node "smes") or its place in a list ("lessons[1]"). Those are codes, not words of the
 * sentence around them: split them out, so the panel can mark them as code in the format's own
 * language, whatever language the sentence is in. Pure.
 */
import type { Model } from '../corpus/schema';

export interface TextPart {
  text: string;
  /** An id or a list place, rather than running text. */
  id: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A place in one of a model's lists, as the review's answers write it: "lessons[1]". */
const LIST_PLACE = '[A-Za-z]+\\[\\d+\\]';

/** Every id a reason about this model may name: its quotes, actors, instruments and structure nodes. */
export function idsOfModel(model: Model): string[] {
  const hierarchy = model.codes.firmHierarchy;
  const structures = [
    hierarchy.structure,
    ...(hierarchy.codings ?? []).flatMap((c) => (c.structure ? [c.structure] : [])),
  ];
  return [
    ...model.evidence.map((e) => e.id),
    ...model.actors.map((a) => a.id),
    ...model.instruments.map((i) => i.id),
    ...structures.flatMap((s) => s.nodes.map((n) => n.id)),
  ];
}

/** Quote marks a reason may put around an id: straight, curly and guillemets. */
const QUOTE = `['"‘’“”«»„]`;

/** A letter of a script other than Latin: the sentence is not written in the ids' script. */
const OTHER_SCRIPT = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Whether an id could never be read as a word: it holds a hyphen, a dot, a bracket or a digit
 * ("it-small-towns", "e4"). A one-word id ("state", "universities") reads as a word of the sentence.
 */
export const looksLikeCode = (id: string) => /[-.[\]\d]/.test(id);

/**
 * The text in runs of prose and of ids; an id counts only as a whole token (not inside a longer one).
 * An id that looks like code is marked wherever it stands, and so is a place in a list. A one-word
 * id ("smes", "state") is marked only where it cannot be a word of the sentence: between quote marks
 * ("id 'smes'"), or in a sentence written in another script (a Latin word in Russian prose).
 */
export function splitOnIds(text: string, ids: readonly string[]): TextPart[] {
  const known = [...new Set(ids)].filter(Boolean).sort((a, b) => b.length - a.length);
  const coded = known.filter(looksLikeCode).map(escape);
  const words = known.filter((id) => !looksLikeCode(id)).map(escape);
  const tokens = [...coded, LIST_PLACE].join('|');
  const alternatives = [`(?<![\\w-])(?:${tokens})(?![\\w-])`];
  if (words.length > 0) {
    const word = `(?:${words.join('|')})`;
    alternatives.push(`(?<=${QUOTE})${word}(?=${QUOTE})`);
    if (OTHER_SCRIPT.test(text)) alternatives.push(`(?<![\\w-])${word}(?![\\w-])`);
  }
  const pattern = new RegExp(alternatives.join('|'), 'g');
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), id: false });
    parts.push({ text: match[0], id: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), id: false });
  return parts;
}

/**
 * Answers given before all five are in: the store holds a profile only once it is complete (and
 * the URL carries it from then on), so a half-answered set is kept here, in the browser's storage,
 * and a reload finds it again. Read like any stored data: checked on the way in, anything odd
 * dropped rather than trusted.
 */
import { PROFILE_NAME_MAX } from '../../corpus/profile';
import { browserStorage } from '../../state/storage';
import type { GuardedStorage } from '../../state/storage';
import { isValidAnswer, noAnswers, QUESTIONS } from './answers';
import type { Answers, OrdinalDimension } from './answers';
import type { ShareDimension } from './share-presets';

export const ANSWER_DRAFT_KEY = 'cluster-atlas.fit-answers.v1';

/** The answers kept in storage, each checked; none at all when nothing (readable) is kept. */
export function readAnswerDraft(storage: GuardedStorage = browserStorage()): Answers {
  const text = storage.read(ANSWER_DRAFT_KEY);
  if (!text) return noAnswers();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return noAnswers();
  }
  if (typeof raw !== 'object' || raw === null) return noAnswers();
  const record = raw as Record<string, unknown>;
  const step = (d: OrdinalDimension) => {
    const value = record[d];
    return isValidAnswer(d, value) && typeof value === 'number' ? value : null;
  };
  const preset = (d: ShareDimension) => {
    const value = record[d];
    return isValidAnswer(d, value) && typeof value === 'string' ? value : null;
  };
  return {
    name: typeof record.name === 'string' ? record.name.slice(0, PROFILE_NAME_MAX) : '',
    stateRole: step('stateRole'),
    governanceLevel: preset('governanceLevel'),
    sectorFocus: preset('sectorFocus'),
    firmHierarchy: step('firmHierarchy'),
    universityIndustry: step('universityIndustry'),
  };
}

/** Keeps the answers; with nothing answered and no name, removes the key instead. */
export function writeAnswerDraft(answers: Answers, storage: GuardedStorage = browserStorage()) {
  const empty = answers.name === '' && QUESTIONS.every((d) => answers[d] === null);
  if (empty) storage.remove(ANSWER_DRAFT_KEY);
  else storage.write(ANSWER_DRAFT_KEY, JSON.stringify(answers));
}

import { useCallback, useState } from 'react';
import type { Answers } from './answers';
import { readAnswerDraft, writeAnswerDraft } from './answer-draft';

/** The answers given so far while there is no profile yet, kept in storage as they change. */
export function useAnswerDraft(): [Answers, (next: Answers) => void] {
  const [draft, setDraftState] = useState(readAnswerDraft);
  const setDraft = useCallback((next: Answers) => {
    setDraftState(next);
    writeAnswerDraft(next);
  }, []);
  return [draft, setDraft];
}

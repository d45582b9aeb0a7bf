import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { stepKindOf, definitionOf } from '../../corpus/definitions';
import type { ProfileValues } from '../../corpus/profile';
import { PROFILE_NAME_MAX } from '../../corpus/profile';
import type { DimensionId } from '../../corpus/schema';
import { useBundle, useTextLang } from '../../state/selectors';
import type { Answers, AnswerValue } from './answers';
import { answeredCount, firstUnanswered, isShareDimension, OWN_SHARES, QUESTIONS } from './answers';
import { FitQuestion } from './FitQuestion';

/** An answer in words, for the summary line of a question that is not open. */
function useAnswerWords(): (
  dimension: DimensionId,
  value: AnswerValue,
) => {
  text: string;
  lang?: string;
} {
  const { t } = useTranslation();
  const { codebook } = useBundle();
  const langOf = useTextLang();
  return useCallback(
    (dimension, value) => {
      if (isShareDimension(dimension))
        return {
          text:
            value === OWN_SHARES
              ? t('fitGuide.ownShares')
              : t(`fitGuide.preset.${dimension}.${String(value)}`),
        };
      const kind = stepKindOf(dimension);
      const step = kind ? definitionOf(codebook, kind, value) : null;
      const label = step?.label ?? String(value);
      return { text: t('fitGuide.stepLabel', { step: value, label }), lang: langOf(label) };
    },
    [t, codebook, langOf],
  );
}

/** After which question the reader is sent on: the next one still unanswered, else none. */
function nextOpen(answers: Answers, from: DimensionId): DimensionId | null {
  const start = QUESTIONS.indexOf(from);
  const order = [...QUESTIONS.slice(start + 1), ...QUESTIONS.slice(0, start)];
  return order.find((d) => answers[d] === null) ?? null;
}

/**
 * The guided path: the region's name and five questions in plain words, one open at a time; the
 * others read as a short summary, each with a way to change it. Everything the reader sets goes
 * out through the callbacks at once (the page decides whether it is a draft or the profile).
 */
export function FitQuestions({
  answers,
  values,
  onAnswer,
  onName,
  onStartAgain,
}: {
  answers: Answers;
  /** The values the full editor shows now (a share answer's split is read from them). */
  values: ProfileValues;
  onAnswer: (dimension: DimensionId, value: AnswerValue) => void;
  onName: (name: string) => void;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation();
  const words = useAnswerWords();
  const nameId = useId();
  // The first unanswered question is open on arrival; a complete set opens as its summary.
  const [open, setOpen] = useState<DimensionId | null>(() => firstUnanswered(answers));
  // Focus follows the reader's moves between questions, never the page's first render.
  const [moved, setMoved] = useState(false);
  // Each move opens the question afresh (a new key), so focus follows even to the same question.
  const [visit, setVisit] = useState(0);
  // The question just closed: its summary button, drawn afresh, takes the focus.
  const focusRow = useRef<DimensionId | null>(null);
  const count = answeredCount(answers);
  const complete = count === QUESTIONS.length;

  const openQuestion = (to: DimensionId | null) => {
    setMoved(true);
    setVisit((v) => v + 1);
    setOpen(to);
  };
  const go = (to: DimensionId | null, from: DimensionId) => {
    openQuestion(to);
    focusRow.current = to === null ? from : null;
  };

  return (
    <section className="fit-questions" aria-labelledby="fit-questions-title">
      <div className="fit-questions__head">
        <h2 id="fit-questions-title">{t('fitGuide.title')}</h2>
        <p className="fit-questions__progress" role="status">
          {t('fitGuide.progress', { count, total: QUESTIONS.length })}
        </p>
      </div>
      <div className="fit-questions__name">
        <label htmlFor={nameId}>{t('fitGuide.name')}</label>
        <input
          id={nameId}
          type="text"
          maxLength={PROFILE_NAME_MAX}
          autoComplete="off"
          value={answers.name}
          onChange={(e) => onName(e.target.value)}
        />
      </div>
      <ol className="fit-questions__list">
        {QUESTIONS.map((d, i) => {
          const answer = answers[d];
          if (d === open)
            return (
              <li key={d} className="fit-questions__item fit-questions__item--open">
                <FitQuestion
                  key={visit}
                  dimension={d}
                  answer={answer}
                  values={values}
                  onAnswer={(v) => onAnswer(d, v)}
                  onBack={i > 0 ? () => go(QUESTIONS[i - 1] ?? null, d) : null}
                  onNext={() => go(complete ? null : nextOpen(answers, d), d)}
                  nextLabel={complete ? t('fitGuide.done') : t('fitGuide.next')}
                  takeFocus={moved}
                />
              </li>
            );
          const topic = t(`fitGuide.topic.${d}`);
          const said = answer === null ? null : words(d, answer);
          return (
            <li key={d} className="fit-questions__item">
              <span className="fit-questions__topic">{topic}</span>
              {said ? (
                <span className="fit-questions__answer" lang={said.lang}>
                  {said.text}
                </span>
              ) : (
                <span className="fit-questions__answer muted">{t('fitGuide.notAnswered')}</span>
              )}
              <button
                type="button"
                className="secondary fit-questions__change"
                ref={(el) => {
                  if (el && focusRow.current === d) {
                    focusRow.current = null;
                    el.focus();
                  }
                }}
                aria-label={t(said ? 'fitGuide.changeLabel' : 'fitGuide.answerLabel', { topic })}
                onClick={() => openQuestion(d)}
              >
                {said ? t('fitGuide.change') : t('fitGuide.answer')}
              </button>
            </li>
          );
        })}
      </ol>
      {count > 0 || answers.name !== '' ? (
        <button
          type="button"
          className="secondary fit-questions__again"
          onClick={() => {
            onStartAgain();
            openQuestion(QUESTIONS[0] ?? null);
          }}
        >
          {t('fitGuide.startAgain')}
        </button>
      ) : null}
    </section>
  );
}

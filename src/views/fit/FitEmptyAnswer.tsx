import { useTranslation } from '../../i18n/react';
import { answeredCount, QUESTIONS } from './answers';
import type { Answers } from './answers';
import type { Profile } from '../../corpus/profile';
import { ExampleButtons } from './ExampleButtons';

/**
 * The answer column before there is a profile: no ranking and no nearest model (a "nearest" from
 * the middle of every scale would be an answer to a question nobody asked), only what to do and
 * how far along the reader is, five marks for the five questions, and two example regions to
 * rank the models against instead.
 */
export function FitEmptyAnswer({
  answers,
  onExample,
}: {
  answers: Answers;
  /** Ranks the models against an example region instead. */
  onExample: (profile: Profile) => void;
}) {
  const { t } = useTranslation();
  const count = answeredCount(answers);
  return (
    <section className="fit-empty" aria-labelledby="fit-empty-title">
      <h2 id="fit-empty-title">{t('fitGuide.empty.title')}</h2>
      <p>{t('fitGuide.empty.text')}</p>
      <p className="fit-empty__progress">
        <span className="fit-empty__marks" aria-hidden="true">
          {QUESTIONS.map((d) => (
            <span
              key={d}
              className={
                answers[d] === null ? 'fit-empty__mark' : 'fit-empty__mark fit-empty__mark--done'
              }
            />
          ))}
        </span>
        {t('fitGuide.progress', { count, total: QUESTIONS.length })}
      </p>
      <p className="fit-empty__or">{t('fit.orExample')}</p>
      <ExampleButtons className="fit-empty__examples" onPick={onExample} />
    </section>
  );
}

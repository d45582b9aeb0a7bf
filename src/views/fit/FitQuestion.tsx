import { Fragment, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { stepKindOf, termsOf } from '../../corpus/definitions';
import type { ProfileValues } from '../../corpus/profile';
import type { DimensionId } from '../../corpus/schema';
import { formatNumber } from '../../i18n/format';
import { useBundle, useLang, useTextLang } from '../../state/selectors';
import { Term } from '../shared/Term';
import type { AnswerValue } from './answers';
import { isShareDimension, OWN_SHARES, QUESTIONS } from './answers';
import { categoriesOf, PRESETS } from './share-presets';
import type { ShareDimension } from './share-presets';

interface Choice {
  value: AnswerValue;
  label: string;
  /** The codebook's definition of a step, read out with its radio button. */
  definition?: string;
  /** 'en' where the codebook's words are not translated into the page's language. */
  lang?: string;
}

/** The answers a question offers: the codebook's steps, or the presets (and own shares if set). */
function useChoices(dimension: DimensionId, answer: AnswerValue | null): Choice[] {
  const { t } = useTranslation();
  const { codebook } = useBundle();
  const langOf = useTextLang();
  return useMemo(() => {
    if (isShareDimension(dimension)) {
      const presets = PRESETS[dimension].map((p) => ({
        value: p.id,
        label: t(`fitGuide.preset.${dimension}.${p.id}`),
      }));
      return answer === OWN_SHARES
        ? [...presets, { value: OWN_SHARES, label: t('fitGuide.ownShares') }]
        : presets;
    }
    const kind = stepKindOf(dimension);
    return (kind ? termsOf(codebook, kind) : []).map((s) => ({
      value: Number(s.id),
      label: t('fitGuide.stepLabel', { step: s.id, label: s.label }),
      definition: s.definition,
      lang: langOf(s.label),
    }));
  }, [dimension, answer, codebook, t, langOf]);
}

/** Under a question of shares: the split the answer counts as, each category's meaning on demand. */
function ShareSplit({
  dimension,
  values,
  answered,
}: {
  dimension: ShareDimension;
  values: ProfileValues;
  answered: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = dimension === 'governanceLevel' ? 'level' : 'sector-family';
  const words = (k: string) => t(dimension === 'governanceLevel' ? `levels.${k}` : `families.${k}`);
  const shares = values[dimension] as Record<string, number>;
  return (
    <p className="fit-question__explained">
      {answered ? t('fitGuide.splitLead') : t(`fitGuide.categoriesLead.${dimension}`)}{' '}
      {categoriesOf(dimension).map((k, i) => (
        <Fragment key={k}>
          {i > 0 ? ' · ' : null}
          <span className="fit-question__share">
            <Term kind={kind} id={k}>
              {words(k)}
            </Term>
            {answered
              ? ` ${formatNumber(lang, shares[k] ?? 0, { style: 'percent', maximumFractionDigits: 0 })}`
              : null}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

/**
 * One question, open: its answers as a radio group (arrow keys choose, as in any radio group),
 * what the chosen answer means beneath, and the way back and on. A choice takes effect at once;
 * Back and Next only move between questions.
 */
export function FitQuestion({
  dimension,
  answer,
  values,
  onAnswer,
  onBack,
  onNext,
  nextLabel,
  takeFocus,
}: {
  dimension: DimensionId;
  answer: AnswerValue | null;
  /** The values the profile has now (for the split a share answer counts as). */
  values: ProfileValues;
  onAnswer: (value: AnswerValue) => void;
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
  /** Whether the reader moved here (Next, Back, Change): focus then follows to the answers. */
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  const name = useId();
  const ref = useRef<HTMLFieldSetElement>(null);
  const choices = useChoices(dimension, answer);
  const chosen = choices.find((c) => c.value === answer);
  const number = QUESTIONS.indexOf(dimension) + 1;

  useEffect(() => {
    if (!takeFocus) return;
    const radios = ref.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const target = [...(radios ?? [])].find((r) => r.checked) ?? radios?.[0];
    target?.focus();
    // Only when the question opens: a later change of answer keeps focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <fieldset className="fit-question" ref={ref}>
      <legend>
        <span className="fit-question__count">
          {t('fitGuide.questionOf', { number, total: QUESTIONS.length })}
        </span>{' '}
        {t(`fitGuide.question.${dimension}`)}
      </legend>
      <div className="fit-question__choices">
        {choices.map((c) => (
          <label
            key={String(c.value)}
            className={c.value === answer ? 'fit-choice fit-choice--checked' : 'fit-choice'}
          >
            <input
              type="radio"
              name={name}
              value={String(c.value)}
              checked={c.value === answer}
              onChange={() => onAnswer(c.value)}
              aria-describedby={c.definition ? `${name}-${c.value}` : undefined}
            />
            <span lang={c.lang}>{c.label}</span>
          </label>
        ))}
      </div>
      {choices.map((c) =>
        c.definition ? (
          <span key={String(c.value)} id={`${name}-${c.value}`} hidden>
            {c.definition}
          </span>
        ) : null,
      )}
      {isShareDimension(dimension) ? (
        <ShareSplit dimension={dimension} values={values} answered={answer !== null} />
      ) : chosen?.definition ? (
        <p className="fit-question__explained" lang={langOf(chosen.definition)}>
          {chosen.definition}
        </p>
      ) : (
        <p className="fit-question__explained">{t('fitGuide.chooseHint')}</p>
      )}
      <div className="button-row fit-question__nav">
        {onBack ? (
          <button type="button" className="secondary" onClick={onBack}>
            {t('fitGuide.back')}
          </button>
        ) : null}
        <button type="button" onClick={onNext}>
          {nextLabel}
        </button>
      </div>
    </fieldset>
  );
}

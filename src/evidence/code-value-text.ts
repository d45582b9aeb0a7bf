/**
 * The words for a code's value, in the reader's language: "4 of 5" for an ordinal code, "national
 * 30%, regional 20%, local 50%" for a share code. derive.ts gives the numbers and keys; this is
 * the one place that turns them into a sentence, for the evidence panel and the handout.
 */
import { useTranslation } from '../i18n/react';
import type { CodeValue } from './derive';

/** The catalogue prefix that names the parts of each share dimension. */
const PART_NAMES: Partial<Record<CodeValue['dimension'], string>> = {
  governanceLevel: 'levels',
  sectorFocus: 'families',
};

export function useCodeValueText(): (value: CodeValue, options?: { markLead?: boolean }) => string {
  const { t } = useTranslation();
  return (value, { markLead = false } = {}) => {
    if (value.score) {
      return t('evidencePanel.scoreOf', { value: value.score.value, count: value.score.of });
    }
    const names = PART_NAMES[value.dimension];
    return value.parts
      .map((p) =>
        t(markLead && p.lead ? 'evidencePanel.shareLead' : 'evidencePanel.share', {
          part: names ? t(`${names}.${p.key}`, { defaultValue: p.key }) : p.key,
          percent: Math.round(p.share * 100),
        }),
      )
      .join(t('evidencePanel.partsSeparator'));
  };
}

import { useTranslation } from '../../i18n/react';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../state/selectors';
import type { Model } from '../../corpus/schema';

type Fact = Model['facts'][number];

/** A fact's number in words, in the reader's language: "about 100", "2%", "over 10 years", "the 1980s". */
export function useFactText(): (fact: Fact) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (fact) => {
    const value =
      fact.unit === 'share'
        ? t('modelPage.factShare', { value: formatNumber(lang, fact.value * 100) })
        : fact.unit === 'years'
          ? t('modelPage.factYears', { count: fact.value, value: formatNumber(lang, fact.value) })
          : fact.unit === 'decade'
            ? t('modelPage.factDecade', { value: String(fact.value) })
            : t('modelPage.factCount', { value: formatNumber(lang, fact.value) });
    return fact.qualifier === 'exact'
      ? value
      : t(`modelPage.qualifier.${fact.qualifier}`, { value });
  };
}

/**
 * "How sure is this?" in words: the spread of the similarities and the smallest weight change
 * that changes the nearest model. Pure (t and lang passed in), so the sentences are unit-tested
 * and the printed brief can say the same.
 */
import type { TFunction } from '../../i18n/strings';
import type { Lang } from '../../corpus/vocabulary';
import { formatNumber } from '../../i18n/format';
import type { Ranked } from '../../profile/distance';
import type { Crossing, Spread } from '../../profile/sensitivity';
import { MAX_WEIGHT } from '../../profile/sensitivity';

const similarity = (r: Ranked) => (1 - r.distance) * 100;
/** Guards the one-decimal rounding against a threshold that is a tenth up to float noise. */
const EPSILON = 1e-9;

/**
 * The threshold as the sentence writes it, rounded so the sentence stays true: a 'rises' threshold
 * up, a 'falls' threshold down, to one decimal. Null when no weight the reader can set makes it
 * happen ('falls' from 0; 'rises' above MAX_WEIGHT). 0 for a 'falls' threshold under 0.1: the
 * sentence then says the dimension is ignored.
 */
export function shownThreshold(crossing: Crossing): number | null {
  if (crossing.change === 'rises') {
    const up = Math.ceil(crossing.weight * 10 - EPSILON) / 10;
    return up < MAX_WEIGHT ? up : null;
  }
  if (crossing.weight <= 0) return null;
  return Math.max(0, Math.floor(crossing.weight * 10 + EPSILON) / 10);
}

/** "All five models lie between 62% and 84% similar; the nearest leads by 6 points, so …". */
export function spreadSentence(t: TFunction, spread: Spread, count: number): string {
  if (!spread.second) return t('fitSure.single', { model: spread.nearest.name });
  const lead = Math.round(spread.lead);
  return t('fitSure.spread', {
    range: t('fitSure.range', {
      count,
      lowest: Math.round(spread.lowest),
      highest: Math.round(spread.highest),
    }),
    lead: lead === 0 ? t('fitSure.tie') : t('fitSure.lead', { count: lead }),
  });
}

/**
 * "France and Japan are 6 points apart; Japan becomes nearest if the weight of sector focus rises
 * above 1.8": the first crossing (the smallest change) the reader can make, or that no single
 * weight from 0 to MAX_WEIGHT changes the nearest.
 */
export function crossingSentence(
  t: TFunction,
  lang: Lang,
  crossings: readonly Crossing[],
  ranking: readonly Ranked[],
): string {
  const nearest = ranking[0];
  for (const crossing of crossings) {
    const shown = shownThreshold(crossing);
    const other = ranking.find((r) => r.id === crossing.nearest);
    if (shown === null || !nearest || !other) continue;
    const points = Math.round(similarity(nearest) - similarity(other));
    const names = { nearest: nearest.name, other: other.name };
    const dimension = t(`fit.dimension.${crossing.dimension}`);
    const change =
      shown === 0
        ? t('fitSure.ignored', { other: other.name, dimension })
        : t(`fitSure.${crossing.change}`, {
            other: other.name,
            dimension,
            weight: formatNumber(lang, shown, { minimumFractionDigits: 1 }),
          });
    return t('fitSure.crossing', {
      apart:
        points === 0 ? t('fitSure.level', names) : t('fitSure.apart', { ...names, count: points }),
      change,
    });
  }
  return t('fitSure.noCrossing', { max: MAX_WEIGHT });
}

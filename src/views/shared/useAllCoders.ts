/**
 * What the "all coders at once" charts ask of the store and the catalogues: the corpus's coders
 * with their letters, the models as the corpus writes them, and the words their marks are named by.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { codersOf } from '../../corpus/codings';
import type { Model } from '../../corpus/schema';
import { afterColon, formatList } from '../../i18n/format';
import { useBundle, useLang, useSourceBundle } from '../../state/selectors';
import { coderKeys } from './coder-marks';
import type { CoderGroup, CoderKey, CoderReading, RoleLetters } from './coder-marks';
import type { CoderFollowing } from './CoderMarks';

/** The letter of each coder role in the reader's language: every view marks a coder with it. */
export function useRoleLetters(): RoleLetters {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      original: t('codings.letters.original'),
      reviewer: t('codings.letters.reviewer'),
      reconciled: t('codings.letters.reconciled'),
    }),
    [t],
  );
}

/** The corpus's coders with their letters, named in the reader's language; one coder: none. */
export function useCoderKeys(): CoderKey[] {
  const bundle = useBundle();
  const letters = useRoleLetters();
  return useMemo(() => {
    const coders = codersOf(bundle);
    return coders.length > 1 ? coderKeys(coders, letters) : [];
  }, [bundle, letters]);
}

/**
 * The given models as the corpus writes them: the reconciled coding with every other coder's
 * beside it, whichever coder the views are drawn under now.
 */
export function useWrittenModels(models: readonly Model[]): Model[] {
  const source = useSourceBundle();
  return useMemo(() => {
    const byId = new Map(source.models.map((m) => [m.id, m]));
    return models.flatMap((m) => byId.get(m.id) ?? []);
  }, [source, models]);
}

/** The coders being followed, as local state of one chart (hover is never URL state). */
export function useCoderFollowing(): CoderFollowing {
  const [active, setActive] = useState<readonly string[] | null>(null);
  const follow = useCallback((coders: readonly string[] | null) => setActive(coders), []);
  return useMemo(() => ({ active, follow }), [active, follow]);
}

export interface CoderWords {
  legend: string;
  allAgree: string;
  /** The accessible name of a mark: the model, then who reads it how (or that all agree). */
  markName: <R extends CoderReading>(
    model: string,
    group: CoderGroup<R>,
    value: (reading: R) => string,
  ) => string;
  /** The tooltip's lines: one per coder, or one saying all agree. */
  lines: <R extends CoderReading>(group: CoderGroup<R>, value: (reading: R) => string) => string[];
}

export function useCoderWords(): CoderWords {
  const { t } = useTranslation();
  const lang = useLang();
  return useMemo(() => {
    const allAgree = t('codings.chart.allAgree');
    const names = (readings: readonly CoderReading[]) =>
      formatList(
        lang,
        readings.map((r) => r.coder.name),
      );
    const markName: CoderWords['markName'] = (model, group, value) => {
      const first = group.readings[0];
      if (group.allAgree && first)
        return t('codings.chart.agreeName', { model, value: value(first) });
      // Coders at one place with different values (same national share, other shares apart)
      // are named value by value.
      const byKey = new Map<string, typeof group.readings>();
      for (const r of group.readings) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
      const readings = [...byKey.values()].map((rs) =>
        t('codings.chart.reading', { coders: names(rs), value: value(rs[0]!) }),
      );
      return t('codings.chart.markName', {
        model,
        readings: afterColon(lang, readings.join('; ')),
      });
    };
    const lines: CoderWords['lines'] = (group, value) => {
      const first = group.readings[0];
      if (group.allAgree && first) return [t('codings.chart.agreeLine', { value: value(first) })];
      return group.readings.map((r) =>
        t('codings.chart.line', { letter: r.coder.letter, coder: r.coder.name, value: value(r) }),
      );
    };
    return { legend: t('codings.chart.legend'), allAgree, markName, lines };
  }, [t, lang]);
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../../charts/ModelMarker';
import type { Model } from '../../corpus/schema';
import type { Profile } from '../../corpus/profile';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import { useModelIndex } from '../../state/selectors';
import { whatTheyDid } from './derive';
import { useDifferenceText } from './FitResults';

/** What the chosen model did on each dimension where the profile differs from it. */
export function WhatTheyDid({
  profile,
  models,
  targetId,
  onTarget,
}: {
  profile: Profile;
  models: readonly Model[];
  targetId: string | undefined;
  onTarget: (id: string) => void;
}) {
  const { t } = useTranslation();
  const indexOf = useModelIndex();
  const describe = useDifferenceText();
  const target = models.find((m) => m.id === targetId);
  const contrasts = useMemo(() => (target ? whatTheyDid(profile, target) : []), [profile, target]);
  return (
    <section aria-labelledby="did-title">
      <h2 id="did-title">{t('fit.didTitle')}</h2>
      <label className="inline-field">
        {t('fit.target')}
        <select value={targetId ?? ''} onChange={(e) => onTarget(e.target.value)}>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {target ? (
        contrasts.length === 0 ? (
          <p>{t('fit.noDifference', { model: target.name })}</p>
        ) : (
          contrasts.map((c) => (
            <section
              key={c.dimension}
              className="contrast"
              aria-labelledby={`contrast-${c.dimension}`}
            >
              <h3 id={`contrast-${c.dimension}`}>
                <ModelMarker index={indexOf.get(target.id) ?? 0} size={14} />{' '}
                {describe(c.difference, target.name)}
              </h3>
              {c.entries.length === 0 ? (
                <p className="muted">{t('fit.nothingLinked', { model: target.name })}</p>
              ) : (
                <ul className="evidence-list">
                  {c.entries.map((e) => (
                    <li key={`${e.kind}-${e.label}`}>
                      <h4>
                        {e.label} <span className="muted">({t(`fit.kind.${e.kind}`)})</span>
                      </h4>
                      <p>{e.text}</p>
                      {e.quotes.map((q) => (
                        <EvidenceQuote key={q.id} evidence={q} />
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))
        )
      ) : null}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ModelMarker } from '../../charts/ModelMarker';
import type { DimensionId } from '../../corpus/schema';
import {
  useAppStore,
  useBundle,
  useLang,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import { formatNumber } from '../../i18n/format';
import type { AppState } from '../../state/store';
import { EvidenceQuote } from '../../evidence/EvidenceQuote';
import { useMeasureRender } from '../../lib/perf';
import { DIMENSIONS } from '../../profile/distance';
import { deriveFit, similarityMatrix, whatTheyDid } from './derive';
import { RankingChart, SimilarityMatrix, useDifferenceText } from './FitResults';
import { blankProfile } from '../../corpus/profile';
import { absoluteUrl, hrefFor } from '../../state/url';
import { ProfileEditor } from './ProfileEditor';
import { FitUnderCodings } from './FitUnderCodings';
import { useFitUnderCodings } from './use-fit-under-codings';
import { SavedProfiles } from './SavedProfiles';

const selectFit = (s: AppState) => ({
  profile: s.profile,
  options: s.fitOptions,
  setProfile: s.setProfile,
  setOptions: s.setFitOptions,
});

const WEIGHT_CHOICES = [0, 0.5, 1, 2];

export function Fit() {
  const { t } = useTranslation();
  const lang = useLang();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const { profile: stored, options, setProfile, setOptions } = useAppStore(useShallow(selectFit));
  const profile = useMemo(() => stored ?? blankProfile(t('fit.defaultName')), [stored, t]);
  const distanceOptions = useMemo(
    () => ({ weights: options.weights, downWeightLowConfidence: options.downWeightLowConfidence }),
    [options.weights, options.downWeightLowConfidence],
  );
  const fit = useMemo(
    () => deriveFit(profile, models, distanceOptions),
    [profile, models, distanceOptions],
  );
  const matrix = useMemo(
    () => similarityMatrix(profile, models, distanceOptions),
    [profile, models, distanceOptions],
  );
  const targetId =
    options.target && models.some((m) => m.id === options.target)
      ? options.target
      : fit.nearest?.id;
  const target = models.find((m) => m.id === targetId);
  const contrasts = useMemo(() => (target ? whatTheyDid(profile, target) : []), [profile, target]);
  const underCodings = useFitUnderCodings(profile, distanceOptions);
  const describe = useDifferenceText();
  const [copied, setCopied] = useState('');
  useMeasureRender('fit', models);
  const shareUrl = absoluteUrl(hrefFor({ view: 'fit', profile }));

  return (
    <>
      <h1>{t('fit.title')}</h1>
      <p className="lead">{t('fit.intro')}</p>
      <div className="fit-layout">
        <div className="fit-layout__editor">
          <ProfileEditor profile={profile} onChange={setProfile} />
          <section aria-labelledby="method-title" className="fit-method">
            <h2 id="method-title">{t('fit.methodTitle')}</h2>
            <p>{t('fit.method')}</p>
            <div className="weights">
              {DIMENSIONS.map((d) => (
                <label key={d}>
                  {t('fit.weightOf', { dimension: t(`fit.dimension.${d}`) })}
                  <select
                    value={options.weights[d]}
                    onChange={(e) =>
                      setOptions({
                        weights: { ...options.weights, [d]: Number(e.target.value) } as Record<
                          DimensionId,
                          number
                        >,
                      })
                    }
                  >
                    {WEIGHT_CHOICES.map((w) => (
                      <option key={w} value={w}>
                        {w === 0 ? t('fit.ignore') : `× ${formatNumber(lang, w)}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <label className="switch">
              <input
                type="checkbox"
                checked={options.downWeightLowConfidence}
                onChange={(e) => setOptions({ downWeightLowConfidence: e.target.checked })}
              />
              {t('fit.downWeight')}
            </label>
          </section>
        </div>
        <div className="fit-layout__results">
          <section aria-labelledby="nearest-title" aria-live="polite">
            <h2 id="nearest-title">
              {fit.nearest
                ? t('fit.nearest', {
                    model: fit.nearest.name,
                    similarity: Math.round((1 - fit.nearest.distance) * 100),
                  })
                : t('fit.noModels')}
            </h2>
            <ul className="difference-list">
              {fit.nearest
                ? fit.nearestDifferences.map((d) => (
                    <li key={d.dimension}>{describe(d, fit.nearest!.name)}</li>
                  ))
                : null}
            </ul>
          </section>
          <RankingChart ranking={fit.ranking} />
          {underCodings ? (
            <FitUnderCodings
              fit={underCodings.fit}
              shownCoder={underCodings.shownCoder}
              lang={lang}
              indexOf={indexOf}
            />
          ) : null}
          <SimilarityMatrix matrix={matrix} />
        </div>
      </div>
      <section aria-labelledby="did-title">
        <h2 id="did-title">{t('fit.didTitle')}</h2>
        <label className="inline-field">
          {t('fit.target')}
          <select value={targetId ?? ''} onChange={(e) => setOptions({ target: e.target.value })}>
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
      <section aria-labelledby="share-title">
        <h2 id="share-title">{t('fit.shareTitle')}</h2>
        <p className="muted">{t('fit.shareText')}</p>
        <div className="button-row">
          <label className="visually-hidden" htmlFor="share-link">
            {t('fit.shareTitle')}
          </label>
          <input
            id="share-link"
            className="share-input"
            type="text"
            readOnly
            value={shareUrl}
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(shareUrl).then(
                () => setCopied(t('fit.copied')),
                () => setCopied(t('fit.copyFailed')),
              )
            }
          >
            {t('fit.copy')}
          </button>
          <span role="status">{copied}</span>
        </div>
      </section>
      <SavedProfiles current={profile} />
      <p className="muted">{t('fit.corpusNote', { count: bundle.models.length })}</p>
    </>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../state/store';
import { useAppStore, useBundle, useModelIndex, useSelectedModels } from '../../state/selectors';
import { SourceLine } from '../shared/SourceLine';
import { useMeasureRender } from '../../lib/perf';
import { useTypeScale } from '../shared/chart-hooks';
import { deriveCard } from './derive';
import { ModelCard } from './ModelCard';
import { StartPaths } from './StartPaths';

// Where-to-start links are for a visitor finding their way: not inside another site's frame, nor
// during a tour, which already leads the way.
const selectGuided = (s: AppState) => s.embed || s.tour !== null;

export function Overview() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const type = useTypeScale();
  const guided = useAppStore(selectGuided);
  useMeasureRender('overview', models);
  const cards = useMemo(() => models.map((m) => deriveCard(m, bundle.codebook)), [models, bundle]);
  const title =
    bundle.models.length === 5
      ? t('overview.title')
      : t('overview.titleOther', { count: bundle.models.length });
  return (
    <>
      <h1>{title}</h1>
      {/* Wide screens put the start lines beside the intro and the key, so the cards stay high. */}
      <div className="overview-head">
        <p className="lead">{t('overview.intro')}</p>
        {guided ? null : <StartPaths />}
        {/* The key sits above the cards, next to the small charts it explains. */}
        <section className="glyph-legend" aria-labelledby="glyph-legend-title">
          <h2 id="glyph-legend-title">{t('overview.legendTitle')}</h2>
          <ul>
            <li>{t('overview.legendDots')}</li>
            <li>{t('overview.legendGovernance')}</li>
            <li>{t('overview.legendSectors')}</li>
            <li>{t('overview.legendOpen')}</li>
          </ul>
        </section>
      </div>
      <ul className="card-grid" aria-label={t('overview.cardsLabel')}>
        {cards.map((card) => (
          <li key={card.id}>
            <ModelCard card={card} index={indexOf.get(card.id) ?? 0} type={type} />
          </li>
        ))}
      </ul>
      <SourceLine />
    </>
  );
}

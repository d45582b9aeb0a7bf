import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { AppState } from '../../state/store';
import { useAppStore, useBundle, useModelIndex, useSelectedModels } from '../../state/selectors';
import { SourceLine } from '../shared/SourceLine';
import { useMeasureRender } from '../../lib/perf';
import { useProgressiveCount } from '../../lib/useProgressiveCount';
import { useTypeScale } from '../shared/chart-hooks';
import { cardOf } from './derive';
import { ModelCard } from './ModelCard';
import { StartPaths } from './StartPaths';

// Where-to-start links are for a visitor finding their way: not inside another site's frame, nor
// during a tour, which already leads the way.
const selectGuided = (s: AppState) => s.embed || s.tour !== null;

/** Cards drawn at once (a 1920×1080 screen shows nine) and then per frame, for a long corpus. */
const FIRST_CARDS = 12;
const CARDS_PER_FRAME = 6;

export function Overview() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const type = useTypeScale();
  const guided = useAppStore(selectGuided);
  // One card object per model for the corpus's life (cardOf caches them): a change of selection
  // re-draws only the cards that come or go (ModelCard is memoised on it), not every card again.
  const cards = useMemo(() => models.map((m) => cardOf(m, bundle.codebook)), [models, bundle]);
  const shown = useProgressiveCount(cards.length, FIRST_CARDS, CARDS_PER_FRAME);
  useMeasureRender('overview', models);
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
      <ul
        className={cards.length > FIRST_CARDS ? 'card-grid card-grid--long' : 'card-grid'}
        aria-label={t('overview.cardsLabel')}
        aria-busy={shown < cards.length}
      >
        {cards.slice(0, shown).map((card) => (
          <li key={card.id}>
            <ModelCard card={card} index={indexOf.get(card.id) ?? 0} type={type} />
          </li>
        ))}
      </ul>
      <SourceLine />
    </>
  );
}

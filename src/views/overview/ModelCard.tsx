import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelMarker } from '../../charts/ModelMarker';
import type { Confidence } from '../../corpus/schema';
import { CardGlyph } from './CardGlyph';
import type { CardData } from './derive';
import { percent } from '../../corpus/derive';

function LowConfidence({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return confidence === 'low' ? (
    <span className="confidence-low"> ({t('overview.confidenceLow')})</span>
  ) : null;
}

export const ModelCard = memo(function ModelCard({
  card,
  index,
}: {
  card: CardData;
  index: number;
}) {
  const { t } = useTranslation();
  const headingId = `card-${card.id}`;
  return (
    <article className="model-card" aria-labelledby={headingId} data-model={card.id}>
      <div className="model-card__header">
        <ModelMarker index={index} size={18} />
        <h2 id={headingId}>{card.name}</h2>
      </div>
      <p className="model-card__label">{card.modelName}</p>
      <p className="model-card__summary">{card.summary}</p>
      <h3 className="visually-hidden">{t('overview.headlines')}</h3>
      <dl className="model-card__facts">
        <div>
          <dt>{t('overview.stateRole')}</dt>
          <dd>
            {t('overview.stepValue', { value: card.stateRole.value, label: card.stateRole.label })}
            <LowConfidence confidence={card.stateRole.confidence} />
          </dd>
        </div>
        <div>
          <dt>{t('overview.leadLevel')}</dt>
          <dd>
            {t('overview.leadLevelValue', {
              level: t(`levels.${card.lead.level}`),
              percent: percent(card.lead.share),
            })}
            <LowConfidence confidence={card.lead.confidence} />
          </dd>
        </div>
        <div>
          <dt>{t('overview.mainSectors')}</dt>
          <dd>
            {t('overview.sectorValue', {
              family: t(`families.${card.mainFamily.family}`),
              percent: percent(card.mainFamily.share),
            })}
            <LowConfidence confidence={card.mainFamily.confidence} />
          </dd>
        </div>
      </dl>
      <CardGlyph card={card} index={index} />
      <p className="model-card__counts">{t('overview.counts', card.counts)}</p>
    </article>
  );
});

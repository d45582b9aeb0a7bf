import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ModelMarker } from '../../charts/ModelMarker';
import { GLYPH_WIDTH, layoutGlyph } from './layout';
import type { GlyphRowId } from './layout';
import type { TypeScale } from '../../charts/type-scale';
import type { Confidence } from '../../corpus/schema';
import { CardGlyph } from './CardGlyph';
import type { CardGlyphLabels } from './CardGlyph';
import type { CardData } from './derive';
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES } from '../../corpus/derive';

const ROW_LABEL_KEYS = {
  stateRole: 'glyph.rowStateRole',
  governanceLevel: 'glyph.rowGovernance',
  sectorFocus: 'glyph.rowSectors',
  firmHierarchy: 'glyph.rowHierarchy',
} as const;

/** The glyph's words: row names, segment letters and the full text alternative. */
function glyphLabels(card: CardData, t: TFunction): CardGlyphLabels {
  const level = (k: string) => t(`levels.${k}`);
  const family = (k: string) => t(`families.${k}`);
  const sharesText = (
    order: readonly string[],
    shares: Record<string, number>,
    name: (k: string) => string,
  ) =>
    order
      .filter((k) => (shares[k] ?? 0) > 0)
      .map((k) => `${name(k)} ${percent(shares[k] ?? 0)}%`)
      .join(', ');
  const rows = Object.fromEntries(
    Object.entries(ROW_LABEL_KEYS).map(([id, key]) => [id, t(key)]),
  ) as Record<GlyphRowId, string>;
  const initial = Object.fromEntries([
    ...GOVERNANCE_LEVELS.map((k) => [k, level(k).charAt(0).toUpperCase()]),
    ...SECTOR_FAMILIES.map((k) => [k, family(k).charAt(0).toUpperCase()]),
  ]) as Record<string, string>;
  return {
    title: t('glyph.title', { model: card.name }),
    description: t('glyph.description', {
      stateRole: card.glyph.stateRole,
      stateRoleLabel: card.stateRole.label,
      governance: sharesText(GOVERNANCE_LEVELS, card.glyph.governance, level),
      lead: level(card.glyph.lead),
      sectors: sharesText(SECTOR_FAMILIES, card.glyph.sectors, family),
      hierarchy: card.glyph.hierarchy,
      hierarchyLabel: card.hierarchyLabel,
    }),
    rows,
    initial,
  };
}

function LowConfidence({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return confidence === 'low' ? (
    <span className="confidence-low"> ({t('overview.confidenceLow')})</span>
  ) : null;
}

export const ModelCard = memo(function ModelCard({
  card,
  index,
  type,
}: {
  card: CardData;
  index: number;
  /** The medium's type scale, which the glyph is laid out with. */
  type: TypeScale;
}) {
  const { t } = useTranslation();
  const labels = useMemo(() => glyphLabels(card, t), [card, t]);
  const glyph = useMemo(
    () => layoutGlyph(card.glyph, GLYPH_WIDTH * type.factor, type, labels.rows),
    [card.glyph, type, labels],
  );
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
      <CardGlyph layout={glyph} index={index} labels={labels} />
      <p className="model-card__counts">{t('overview.counts', card.counts)}</p>
    </article>
  );
});

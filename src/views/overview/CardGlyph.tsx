import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryColourVar, modelColourVar } from '../../charts/palette';
import type { CardData } from './derive';
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES } from '../../corpus/derive';
import { layoutGlyph } from './layout';

const GLYPH_WIDTH = 280;

const ROW_LABEL_KEYS = {
  stateRole: 'glyph.rowStateRole',
  governanceLevel: 'glyph.rowGovernance',
  sectorFocus: 'glyph.rowSectors',
  firmHierarchy: 'glyph.rowHierarchy',
} as const;

/** A small picture of one model on the four card dimensions, with a full text alternative. */
export function CardGlyph({ card, index }: { card: CardData; index: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const layout = useMemo(() => layoutGlyph(card.glyph, GLYPH_WIDTH), [card.glyph]);
  const sharesText = (
    order: readonly string[],
    shares: Record<string, number>,
    ns: 'levels' | 'families',
  ) =>
    order
      .filter((k) => (shares[k] ?? 0) > 0)
      .map((k) => `${t(`${ns}.${k}`)} ${percent(shares[k] ?? 0)}%`)
      .join(', ');
  const description = t('glyph.description', {
    stateRole: card.glyph.stateRole,
    stateRoleLabel: card.stateRole.label,
    governance: sharesText(GOVERNANCE_LEVELS, card.glyph.governance, 'levels'),
    lead: t(`levels.${card.glyph.lead}`),
    sectors: sharesText(SECTOR_FAMILIES, card.glyph.sectors, 'families'),
    hierarchy: card.glyph.hierarchy,
    hierarchyLabel: card.hierarchyLabel,
  });
  const colour = modelColourVar(index);
  return (
    <svg
      className="card-glyph"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      preserveAspectRatio="xMinYMid meet"
    >
      <title id={titleId}>{t('glyph.title', { model: card.name })}</title>
      <desc id={descId}>{description}</desc>
      {layout.rows.map((row) => (
        <g key={row.id} transform={`translate(0 ${row.y})`}>
          <text className="glyph-label" x={0} y={0} dominantBaseline="central">
            {t(ROW_LABEL_KEYS[row.id])}
          </text>
          {row.kind === 'ordinal'
            ? row.dots.map((d) => (
                <circle
                  key={d.step}
                  cx={d.x}
                  cy={0}
                  r={layout.dotRadius}
                  fill={d.filled ? colour : 'none'}
                  stroke={d.filled ? colour : 'var(--muted)'}
                  strokeWidth={1.5}
                />
              ))
            : row.segments.map((s) => (
                <g key={s.key}>
                  <rect
                    x={s.x}
                    y={-7}
                    width={Math.max(0, s.width - 1)}
                    height={14}
                    fill={categoryColourVar(s.categoryIndex)}
                  />
                  {s.labelled ? (
                    <text
                      className="glyph-segment-label"
                      x={s.x + s.width / 2}
                      y={0}
                      dominantBaseline="central"
                      textAnchor="middle"
                    >
                      {s.key.charAt(0).toUpperCase()}
                    </text>
                  ) : null}
                </g>
              ))}
        </g>
      ))}
    </svg>
  );
}

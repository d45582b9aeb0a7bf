import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import { ModelMarker } from '../../charts/ModelMarker';
import { GLYPH_WIDTH, layoutGlyph } from './layout';
import type { GlyphRowId } from './layout';
import type { TypeScale } from '../../charts/type-scale';
import type { Confidence } from '../../corpus/schema';
import { CardGlyph } from './CardGlyph';
import type { CardGlyphLabels } from './CardGlyph';
import type { CardData } from './derive';
import { GOVERNANCE_LEVELS, percent, SECTOR_FAMILIES } from '../../corpus/derive';
import type { EvidenceKey } from '../../corpus/vocabulary';
import { useElementSize } from '../../lib/useElementSize';
import { useActions, useTextLang } from '../../state/selectors';
import { ModelPageLink } from '../shared/ModelPageLink';
import { EvidenceButton, GlyphRowButtons } from './CardButtons';

const ROW_LABEL_KEYS = {
  stateRole: 'glyph.rowStateRole',
  governanceLevel: 'glyph.rowGovernance',
  sectorFocus: 'glyph.rowSectors',
  firmHierarchy: 'glyph.rowHierarchy',
} as const;

/** The row names and segment letters, the same on every card: worked out once per language. */
const glyphWords = new WeakMap<
  TFunction,
  { rows: Record<GlyphRowId, string>; initial: Record<string, string> }
>();
function sharedGlyphWords(t: TFunction) {
  let words = glyphWords.get(t);
  if (!words) {
    words = {
      rows: Object.fromEntries(
        Object.entries(ROW_LABEL_KEYS).map(([id, key]) => [id, t(key)]),
      ) as Record<GlyphRowId, string>,
      initial: Object.fromEntries(
        [...GOVERNANCE_LEVELS, ...SECTOR_FAMILIES].map((k) => [k, t(`letters.${k}`)]),
      ),
    };
    glyphWords.set(t, words);
  }
  return words;
}

/** The glyph's words: row names, segment letters and the full text alternative. */
function glyphLabels(
  card: CardData,
  t: TFunction,
): CardGlyphLabels & { governanceText: string; sectorsText: string } {
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
  const { rows, initial } = sharedGlyphWords(t);
  const governanceText = sharesText(GOVERNANCE_LEVELS, card.glyph.governance, level);
  const sectorsText = sharesText(SECTOR_FAMILIES, card.glyph.sectors, family);
  return {
    governanceText,
    sectorsText,
    title: t('glyph.title', { model: card.name }),
    description: t('glyph.description', {
      stateRole: card.glyph.stateRole,
      stateRoleLabel: card.stateRole.label,
      governance: governanceText,
      lead: level(card.glyph.lead),
      sectors: sectorsText,
      hierarchy: card.glyph.hierarchy,
      hierarchyLabel: card.hierarchyLabel,
    }),
    rows,
    initial,
  };
}

/** A plain function, not a component: a hook of its own per fact cost 1 ms a card at 4× throttle. */
function lowConfidence(confidence: Confidence, t: TFunction) {
  return confidence === 'low' ? (
    <span className="confidence-low"> ({t('overview.confidenceLow')})</span>
  ) : null;
}

/** The accessible names of the glyph's row buttons: the row in full words, then what it does. */
function glyphRowNames(card: CardData, labels: ReturnType<typeof glyphLabels>, t: TFunction) {
  const open = (fact: string) => t('overview.openEvidence', { model: card.name, fact });
  return {
    stateRole: open(
      t('overview.glyphStateRole', { value: card.glyph.stateRole, label: card.stateRole.label }),
    ),
    governanceLevel: open(t('overview.glyphGovernance', { shares: labels.governanceText })),
    sectorFocus: open(t('overview.glyphSectors', { shares: labels.sectorsText })),
    firmHierarchy: open(
      t('overview.glyphHierarchy', { value: card.glyph.hierarchy, label: card.hierarchyLabel }),
    ),
  } satisfies Record<GlyphRowId, string>;
}

/** The widest the glyph is drawn on screen: wider, its dots would drift apart. */
const GLYPH_MAX_WIDTH = 360;

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
  const { openEvidence } = useActions();
  // A corpus without a translation into the page's language shows its own text, marked as such.
  const langOf = useTextLang();
  const labels = useMemo(() => glyphLabels(card, t), [card, t]);
  const rowNames = useMemo(() => glyphRowNames(card, labels, t), [card, labels, t]);
  // The glyph is laid out at the width its card gives it (its text never scaled below 12 px),
  // drawn at the usual width until the observer reports the card's box: read at once instead, the
  // box would lay out the whole page in the middle of the overview's commit.
  const [glyphRef, glyphBox, measured] = useElementSize<HTMLDivElement>();
  const glyphWidth = measured
    ? Math.min(glyphBox.width, GLYPH_MAX_WIDTH * type.factor)
    : GLYPH_WIDTH * type.factor;
  const glyph = useMemo(
    () => layoutGlyph(card.glyph, glyphWidth, type, labels.rows),
    [card.glyph, glyphWidth, type, labels],
  );
  const open = (key: EvidenceKey) => openEvidence({ model: card.id, key });
  const fact = (text: string) => t('overview.openEvidence', { model: card.name, fact: text });
  const headingId = `card-${card.id}`;
  const hintId = `card-${card.id}-hint`;
  const stateRoleText = t('overview.stepValue', {
    value: card.stateRole.value,
    label: card.stateRole.label,
  });
  const leadText = t('overview.leadLevelValue', {
    level: t(`levels.${card.lead.level}`),
    percent: percent(card.lead.share),
  });
  const sectorText = t('overview.sectorValue', {
    family: t(`families.${card.mainFamily.family}`),
    percent: percent(card.mainFamily.share),
  });
  return (
    <article className="model-card" aria-labelledby={headingId} data-model={card.id}>
      <div className="model-card__header">
        <ModelMarker index={index} size={18} />
        <h2 id={headingId}>
          {/* The title opens the model's page: a real link, so "open in new tab" works too. */}
          <ModelPageLink model={card.id} describedBy={hintId} lang={langOf(card.name)}>
            {card.name}
          </ModelPageLink>
        </h2>
        <span id={hintId} className="visually-hidden">
          {t('overview.cardHint', { model: card.name })}
        </span>
      </div>
      <p className="model-card__label" lang={langOf(card.modelName)}>
        {card.modelName}
      </p>
      <p className="model-card__summary" lang={langOf(card.summary)}>
        {card.summary}
      </p>
      <h3 className="visually-hidden">{t('overview.headlines')}</h3>
      <dl className="model-card__facts">
        <div>
          <dt>{t('overview.stateRole')}</dt>
          <dd>
            <EvidenceButton
              label={fact(t('overview.factStateRole', { value: stateRoleText }))}
              onOpen={() => open('stateRole')}
            >
              {stateRoleText}
            </EvidenceButton>
            {lowConfidence(card.stateRole.confidence, t)}
          </dd>
        </div>
        <div>
          <dt>{t('overview.leadLevel')}</dt>
          <dd>
            <EvidenceButton
              label={fact(t('overview.factLead', { value: leadText }))}
              onOpen={() => open('governanceLevel')}
            >
              {leadText}
            </EvidenceButton>
            {lowConfidence(card.lead.confidence, t)}
          </dd>
        </div>
        <div>
          <dt>{t('overview.mainSectors')}</dt>
          <dd>
            <EvidenceButton
              label={fact(t('overview.factSectors', { value: sectorText }))}
              onOpen={() => open('sectorFocus')}
            >
              {sectorText}
            </EvidenceButton>
            {lowConfidence(card.mainFamily.confidence, t)}
          </dd>
        </div>
      </dl>
      <div className="model-card__glyph" ref={glyphRef}>
        <div className="glyph-frame">
          <CardGlyph
            layout={glyph}
            index={index}
            labels={labels}
            lowConfidence={(
              [
                ['stateRole', card.stateRole.confidence],
                ['governanceLevel', card.lead.confidence],
                ['sectorFocus', card.mainFamily.confidence],
              ] as const
            ).flatMap(([row, confidence]) => (confidence === 'low' ? [row] : []))}
          />
          <GlyphRowButtons layout={glyph} names={rowNames} onOpen={open} />
        </div>
      </div>
      <p className="model-card__counts">
        {t('overview.counts', {
          actors: t('overview.countActors', { count: card.counts.actors }),
          instruments: t('overview.countInstruments', { count: card.counts.instruments }),
          quotes: t('overview.countQuotes', { count: card.counts.quotes }),
        })}
      </p>
    </article>
  );
});

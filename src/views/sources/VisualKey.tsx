/**
 * The visual system, drawn: what each colour, shape, letter, texture and outline means in the
 * charts. It is rendered from the same palettes, markers and textures the charts use, so the key
 * cannot drift from them.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../corpus/derive';
import { markerShape } from '../../charts/markers';
import { ModelMarker } from '../../charts/ModelMarker';
import { shareColourVar, shareTextVar } from '../../charts/palette';
import { ShareTextures, textureFill } from '../../charts/ShareTextures';
import { useBundle } from '../../state/selectors';
import type { TermKind } from '../../corpus/definitions';
import { Term } from '../shared/Term';

const SWATCH = 28;

/** A category's swatch with its letter, and beside it the same swatch as it prints (textured). */
function CategorySwatches({
  category,
  letter,
  prefix,
}: {
  category: string;
  letter: string;
  prefix: string;
}) {
  const swatch = (textured: boolean) => (
    <svg width={SWATCH} height={SWATCH} aria-hidden="true">
      <rect width={SWATCH} height={SWATCH} style={{ fill: shareColourVar(category) }} />
      {textured ? (
        <rect
          width={SWATCH}
          height={SWATCH}
          className="share-texture"
          fill={textureFill(prefix, category)}
        />
      ) : null}
      <text
        x={SWATCH / 2}
        y={SWATCH / 2}
        textAnchor="middle"
        dominantBaseline="central"
        className="segment-label"
        style={{ fill: shareTextVar(category), fontSize: 14 }}
      >
        {letter}
      </text>
    </svg>
  );
  return (
    <span className="visual-key__swatches">
      {swatch(false)}
      {swatch(true)}
    </span>
  );
}

export function VisualKey() {
  const { t } = useTranslation();
  const { models } = useBundle();
  const prefix = `key-${useId().replace(/:/g, '')}`;
  const categories = (
    keys: readonly string[],
    kind: TermKind,
    name: (k: string) => string,
    heading: string,
  ) => (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <ul className="legend visual-key__list">
        {keys.map((k) => (
          <li key={k}>
            <CategorySwatches category={k} letter={t(`letters.${k}`)} prefix={prefix} />
            <Term kind={kind} id={k}>
              {name(k)}
            </Term>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <section className="visual-key" aria-labelledby="visual-key">
      <h2 id="visual-key">{t('visualKey.title')}</h2>
      <p>{t('visualKey.intro')}</p>
      <svg width={0} height={0} aria-hidden="true" className="visual-key__defs">
        <ShareTextures prefix={prefix} keys={[...GOVERNANCE_LEVELS, ...SECTOR_FAMILIES]} size={8} />
      </svg>
      <section aria-label={t('visualKey.models')}>
        <h3>{t('visualKey.models')}</h3>
        <p>{t('visualKey.modelsText')}</p>
        <ul className="legend visual-key__list">
          {models.map((m, i) => (
            <li key={m.id}>
              <ModelMarker index={i} size={20} />
              {m.name} ({t(`shapes.${markerShape(i)}`)})
            </li>
          ))}
        </ul>
      </section>
      <p>{t('visualKey.categoriesText')}</p>
      {categories(GOVERNANCE_LEVELS, 'level', (k) => t(`levels.${k}`), t('visualKey.levels'))}
      {categories(
        SECTOR_FAMILIES,
        'sector-family',
        (k) => t(`families.${k}`),
        t('visualKey.families'),
      )}
      <section aria-label={t('visualKey.marks')}>
        <h3>{t('visualKey.marks')}</h3>
        <ul className="legend visual-key__list">
          <li>
            <svg width={SWATCH} height={SWATCH} aria-hidden="true">
              <rect
                x={1.5}
                y={1.5}
                width={SWATCH - 3}
                height={SWATCH - 3}
                style={{ fill: shareColourVar('regional') }}
              />
              <rect
                x={1.5}
                y={1.5}
                width={SWATCH - 3}
                height={SWATCH - 3}
                className="lead-outline"
              />
            </svg>
            {t('governance.leadLegend')}
          </li>
          <li>
            <svg width={SWATCH} height={SWATCH} aria-hidden="true">
              <rect
                x={2}
                y={2}
                width={SWATCH - 4}
                height={SWATCH - 4}
                className="approximate-outline"
              />
            </svg>
            {t('chart.approximateLegend')}
          </li>
          <li>
            <svg width={SWATCH} height={SWATCH} aria-hidden="true">
              <circle
                cx={SWATCH / 2}
                cy={SWATCH / 2}
                r={SWATCH / 2 - 2}
                className="approximate-outline"
              />
            </svg>
            {t('chart.lowConfidenceMark')}
          </li>
        </ul>
      </section>
    </section>
  );
}

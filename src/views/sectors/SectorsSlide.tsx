import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { PRESENT_TYPE } from '../../charts/type-scale';
import { SECTOR_FAMILIES } from '../../corpus/derive';
import type { SectorFamily } from '../../corpus/schema';
import { useResolvedTheme } from '../../lib/useResolvedTheme';
import {
  useEmphasis,
  useEvidenceTarget,
  useModelIndex,
  useSelectedModels,
} from '../../state/selectors';
import { useConfidenceWords, useMarkEvents } from '../shared/chart-hooks';
import { SlideChart } from '../shared/SlideChart';
import { useSlideBox } from '../shared/slide-box';
import { deriveSectors } from './derive';
import { layoutSectorSlide, layoutSectors } from './layout';
import type { SectorSlideWords } from './layout';
import { SectorsSlideDrawing } from './SectorsSlideDrawing';
import type { SectorSlideLabels } from './SectorsSlideDrawing';
import { SlideHiddenNote } from '../shared/SlideHiddenNote';

/**
 * Each family's letter as the language writes it (letters.* in the catalogue: distinct in every
 * language, where initials would clash — Uzbek's anʼanaviy and aralash), or its number should a
 * catalogue give two families one letter.
 */
function initials(letter: (f: SectorFamily) => string): Record<SectorFamily, string> {
  const letters = SECTOR_FAMILIES.map(letter);
  const unique = new Set(letters).size === letters.length;
  return Object.fromEntries(
    SECTOR_FAMILIES.map((f, i) => [f, unique ? letters[i]! : String(i + 1)]),
  ) as Record<SectorFamily, string>;
}

/**
 * The sector heat map as a slide: each model's share of the four families, shaded, at the
 * projector's type, filling the stage (half of it when the step's evidence is beside it). The
 * key — the shade scale, the dashed estimates and, where the heads are initials, the families —
 * goes under it. The named sectors are in each cell's tooltip and on the page.
 */
export function SectorsSlide() {
  const { t } = useTranslation();
  const models = useSelectedModels();
  const indexOf = useModelIndex();
  const emphasis = useEmphasis();
  const evidence = useEvidenceTarget();
  const theme = useResolvedTheme();
  const events = useMarkEvents('sectorFocus');
  const confidence = useConfidenceWords();
  const rows = useMemo(() => deriveSectors(models, null, indexOf), [models, indexOf]);
  const words = useMemo((): SectorSlideWords => {
    const family = Object.fromEntries(
      SECTOR_FAMILIES.map((f) => [f, t(`families.${f}`)]),
    ) as Record<SectorFamily, string>;
    return {
      family,
      initial: initials((f) => t(`letters.${f}`)),
      confidence,
      confidenceShort: {
        high: t('chart.confidenceShort.high'),
        medium: t('chart.confidenceShort.medium'),
        low: t('chart.confidenceShort.low'),
      },
    };
  }, [t, confidence]);
  const labels = useMemo((): SectorSlideLabels => {
    const sectors = (names: string[]) => names.join(', ') || t('sectors.noneNamed');
    return {
      title: t('sectors.chartTitle'),
      description: rows
        .map(
          (r) =>
            `${r.name}: ${r.cells.map((c) => `${words.family[c.family]} ${c.shown}`).join(', ')}`,
        )
        .join('; '),
      cellName: (row, c) =>
        t('sectors.cellName', {
          model: row.name,
          family: words.family[c.cell.family],
          percent: c.shown,
          sectors: sectors(c.cell.sectors),
        }),
      cellSectors: (c) => sectors(c.cell.sectors),
      familyName: (c) => words.family[c.cell.family],
      confidence,
    };
  }, [t, rows, words, confidence]);
  const scale = useMemo(() => layoutSectors([], PRESENT_TYPE, theme).scale, [theme]);
  const anyLow = rows.some((r) => r.confidence === 'low');
  // Where the family names do not fit over the columns, the heads are initials and a key line
  // spells them out (the heads are chosen by the width alone, the stage's).
  const box = useSlideBox();
  const initialsShown = useMemo(
    () => layoutSectorSlide(rows, box.width, PRESENT_TYPE, theme, words).headers === 'initials',
    [rows, box.width, theme, words],
  );
  return (
    <div className="slide-view slide-view--centred">
      <SlideChart>
        {(box) => {
          const layout = layoutSectorSlide(
            rows,
            box.width,
            PRESENT_TYPE,
            theme,
            words,
            box.height,
            evidence?.model ?? emphasis,
          );
          return (
            <div className="chart" data-headers={layout.headers}>
              <SectorsSlideDrawing
                layout={layout}
                labels={labels}
                emphasis={emphasis}
                events={events}
              />
              <SlideHiddenNote names={layout.hidden.map((r) => r.name)} />
            </div>
          );
        }}
      </SlideChart>
      <SectorsKey words={words} scale={scale} anyLow={anyLow} initials={initialsShown} />
    </div>
  );
}

function SectorsKey({
  words,
  scale,
  anyLow,
  initials: shown,
}: {
  words: SectorSlideWords;
  scale: ReturnType<typeof layoutSectors>['scale'];
  anyLow: boolean;
  initials: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="legend heat-scale" aria-label={t('sectors.scale')}>
        {scale.map((step) => (
          <li
            key={step.label}
            className="heat-scale__step"
            style={{ background: step.fill, color: step.text }}
          >
            {step.label}
          </li>
        ))}
        {anyLow ? (
          <li className="heat-scale__note">
            <span className="heat-scale__approximate" aria-hidden="true">
              ≈
            </span>
            {t('chart.approximateShort')}
          </li>
        ) : null}
      </ul>
      {shown ? (
        <ul className="slide-key slide-key--inline" aria-label={t('sectors.familiesKey')}>
          {SECTOR_FAMILIES.map((f) => (
            <li key={f}>
              <strong>{words.initial[f]}</strong> {words.family[f]}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

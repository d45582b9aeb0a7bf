import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/strings';
import { useTypeScale } from '../shared/chart-hooks';
import { GOVERNANCE_LEVELS, percent, stepLabel } from '../../corpus/derive';
import type { Codebook, DimensionId } from '../../corpus/schema';
import { useElementSize } from '../../lib/useElementSize';
import { contentSize } from '../../lib/content-size';
import type { StripData } from './derive';
import { layoutStrip } from './layout';
import { StripDrawing } from './StripDrawing';

/** The widest a strip is drawn: wider, a five-step scale spreads too thin to read as one line. */
const STRIP_MAX_WIDTH = 560;
/** From this container width the dimensions stand in two columns (a wide screen's 1100 px). */
const TWO_COLUMNS_FROM = 1000;
/** Space between the two columns, px. */
const COLUMN_GAP = 40;

const categoryName = (key: string, t: TFunction) =>
  (GOVERNANCE_LEVELS as readonly string[]).includes(key)
    ? t(`levels.${key}`)
    : t(`families.${key}`);

/** A strip's value in words: "5 — director" for a step, "35%" for a share. */
function stripValue(strip: StripData, codebook: Codebook, t: TFunction): string {
  return strip.kind === 'ordinal'
    ? `${strip.own.value} — ${stepLabel(codebook, strip.dimension, strip.own.value)}`
    : t('modelPage.percent', { value: percent(strip.own.value) });
}

function stripText(strip: StripData, model: string, codebook: Codebook, t: TFunction): string {
  const value = stripValue(strip, codebook, t);
  const count = strip.others.length;
  return count === 0
    ? t('modelPage.stripAlone', { model, value })
    : t('modelPage.stripText', {
        model,
        value,
        count,
        below: strip.below,
        level: strip.level,
        above: strip.above,
      });
}

/** Each dimension's strips under the dimension's name: one, or one per share category. */
export function Strips({
  strips,
  codebook,
  modelName,
  nameOf,
}: {
  strips: StripData[];
  codebook: Codebook;
  modelName: string;
  /** A model's name by id (the other models' markers are named on hover). */
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const type = useTypeScale();
  const [ref, size, measured] = useElementSize<HTMLDivElement>(
    undefined,
    undefined,
    false,
    contentSize,
  );
  // Columns are decided here, not in CSS, so each strip is drawn at its column's width.
  const columns = size.width >= TWO_COLUMNS_FROM ? 2 : 1;
  const columnWidth = (size.width - COLUMN_GAP * (columns - 1)) / columns;
  const width = Math.min(columnWidth, STRIP_MAX_WIDTH * type.factor);
  const layouts = useMemo(
    () => strips.map((s) => layoutStrip(s, width, type)),
    [strips, width, type],
  );
  const byDimension = new Map<DimensionId, number[]>();
  strips.forEach((s, i) =>
    byDimension.set(s.dimension, [...(byDimension.get(s.dimension) ?? []), i]),
  );
  const tickLabel = (strip: StripData) => (value: number) =>
    strip.kind === 'ordinal' ? String(value) : t('modelPage.percent', { value: percent(value) });
  const otherTitle = (strip: StripData) => (id: string) => {
    const other = strip.others.find((o) => o.id === id);
    const value = other
      ? stripValue({ ...strip, own: { ...strip.own, value: other.value } }, codebook, t)
      : '';
    return `${nameOf(id)}: ${value}`;
  };
  return (
    <div
      className="model-strips"
      ref={ref}
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, columnGap: COLUMN_GAP }}
    >
      {[...byDimension].map(([dimension, indexes]) => {
        const label = codebook.dimensions.find((d) => d.id === dimension)?.label ?? dimension;
        return (
          <div key={dimension} className="model-strips__dimension">
            <h3>{label}</h3>
            {indexes.map((i) => {
              const strip = strips[i];
              const layout = layouts[i];
              if (!strip || !layout) return null;
              const title = strip.category
                ? t('modelPage.stripCategory', {
                    dimension: label,
                    category: categoryName(strip.category, t),
                  })
                : t('modelPage.stripTitle', { dimension: label, model: modelName });
              return (
                <div key={strip.category ?? dimension} className="model-strip-row">
                  <p className="model-strip-row__label">
                    {strip.category ? `${categoryName(strip.category, t)}: ` : null}
                    <strong>{stripValue(strip, codebook, t)}</strong>
                  </p>
                  {measured ? (
                    <StripDrawing
                      layout={layout}
                      index={strip.own.index}
                      low={strip.own.confidence === 'low'}
                      title={title}
                      description={stripText(strip, modelName, codebook, t)}
                      tickLabel={tickLabel(strip)}
                      otherTitle={otherTitle(strip)}
                    />
                  ) : (
                    <div style={{ height: layout.height }} />
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

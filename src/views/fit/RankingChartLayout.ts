/**
 * The policy-fit ranking: one bar per model, nearest first, length by similarity (1 − distance).
 * Names sit left of the bars, the percentage just past each bar's end; all sizes follow the
 * medium's type scale and each row carries its ranked model.
 */
import { scaleLinear } from 'd3-scale';
import { percent } from '../../corpus/derive';
import { labelBox, textWidth } from '../../charts/text-width';
import type { Box } from '../../charts/text-width';
import type { TypeScale } from '../../charts/type-scale';
import type { Ranked } from '../../profile/distance';

/** A ranked model with its fixed corpus position (its colour). */
export interface RankedModel extends Ranked {
  index: number;
}

export interface PlacedText {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface RankingRow {
  model: RankedModel;
  rank: number;
  /** Similarity as a whole percentage. */
  similarity: number;
  y: number;
  bar: { x: number; width: number; height: number };
  name: PlacedText;
  value: PlacedText;
}

export interface RankingLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: RankingRow[];
}

/** Room kept right of the longest bar for its percentage ("100%"). */
const valueText = (similarity: number) => `${similarity}%`;

/**
 * `fitHeight`: on a slide, the height the chart must fill. Rows are spread to meet it (up to twice
 * their height, the bars up to half as thick again) or tightened down to the least that keeps
 * each name clear of its neighbours'; without it rows keep their natural height, as on the page.
 */
export function layoutRanking(
  ranking: readonly RankedModel[],
  width: number,
  type: TypeScale,
  fitHeight?: number,
): RankingLayout {
  const { label: font, factor } = type;
  const gap = 8 * factor;
  const nameWidth = Math.max(0, ...ranking.map((r) => textWidth(r.name, font)));
  // Names stand left of their bars while they take at most 40% of the width, else above them.
  const stacked = nameWidth + 2 * gap > width * 0.4;
  const plotLeft = stacked ? 0 : nameWidth + 2 * gap;
  const valueRoom = textWidth(valueText(100), font) + 2 * gap;
  const x = scaleLinear()
    .domain([0, 1])
    .range([0, Math.max(40, width - plotLeft - valueRoom)]);
  const naturalBar = Math.max(22 * factor, font + 8 * factor);
  const nameRoom = stacked ? font + 4 * factor : 0;
  const naturalRow = nameRoom + naturalBar + 8 * factor;
  // The least a row may take: its bar and, between it and the next, half a line of air (names
  // beside their bars are no taller than the bars, so they cannot touch).
  const tightestRow = nameRoom + Math.max(naturalBar, font + 8 * factor) + font / 2;
  const rowHeight =
    fitHeight === undefined
      ? naturalRow
      : Math.max(
          tightestRow,
          Math.min(naturalRow * 2, (fitHeight - 8 * factor) / Math.max(1, ranking.length)),
        );
  // Spread rows carry thicker bars; the rest of the row is air, split above and below the bar.
  const barHeight =
    fitHeight === undefined
      ? naturalBar
      : Math.min(naturalBar * 1.5, Math.max(naturalBar, (rowHeight - nameRoom) * 0.6));
  const air = fitHeight === undefined ? 0 : (rowHeight - nameRoom - barHeight) / 2;
  // A name above its bar starts a little in on a slide: at 24 px a "J" reaches left of its x.
  const nameInset = fitHeight === undefined ? 0 : 2 * factor;
  const rows = ranking.map((model, i) => {
    const similarity = percent(1 - model.distance);
    const y = 4 * factor + i * rowHeight + nameRoom + air;
    const mid = y + barHeight / 2;
    const w = Math.max(1, x(1 - model.distance));
    const valueX = plotLeft + w + gap * 0.75;
    const name = stacked
      ? { x: nameInset, y: y - 2 * factor - font / 2, anchor: 'start' as const }
      : { x: plotLeft - gap, y: mid, anchor: 'end' as const };
    return {
      model,
      rank: i + 1,
      similarity,
      y,
      bar: { x: plotLeft, width: w, height: barHeight },
      name: { ...name, box: labelBox(model.name, font, name.x, name.y, name.anchor) },
      value: {
        x: valueX,
        y: mid,
        anchor: 'start' as const,
        box: labelBox(valueText(similarity), font, valueX, mid, 'start'),
      },
    };
  });
  return { width, height: 8 * factor + ranking.length * rowHeight, fontSize: font, rows };
}

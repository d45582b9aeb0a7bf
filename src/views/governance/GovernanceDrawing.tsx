/**
 * The governance bars, drawn from their layout alone: no store, no translations, no measuring.
 * The container passes the words (already translated) and what the segments do.
 */
import { useId } from 'react';
import type { Confidence, GovernanceLevel } from '../../corpus/schema';
import { GOVERNANCE_LEVELS, percent } from '../../corpus/derive';
import { ChartSvg } from '../../charts/ChartSvg';
import { ConfidenceText } from '../../charts/ConfidenceText';
import { MarkHandle } from '../../charts/MarkHandle';
import type { MarkEvents } from '../../charts/MarkHandle';
import { focusState } from '../../charts/ModelMark';
import { categoryColourVar } from '../../charts/palette';
import type { GovernanceRow } from './derive';
import type { GovernanceLayout, GovernanceSegment } from './layout';

export interface GovernanceLabels {
  title: string;
  description: string;
  level: Record<GovernanceLevel, string>;
  initial: Record<GovernanceLevel, string>;
  /** "lead", said of the leading level. */
  lead: string;
  leadLegend: string;
  legend: string;
  actorsHere: string;
  noActors: string;
  markName: (row: GovernanceRow, segment: GovernanceSegment) => string;
  confidence: Record<Confidence, string>;
}

interface GovernanceDrawingProps {
  layout: GovernanceLayout;
  labels: GovernanceLabels;
  emphasis: string | null;
  events: MarkEvents;
}

export function GovernanceDrawing({ layout, labels, emphasis, events }: GovernanceDrawingProps) {
  const hatchId = `lead-hatch-${useId().replace(/:/g, '')}`;
  const hatchFill = `url(#${hatchId})`;
  const stroke = { strokeWidth: layout.stroke };
  const swatch = layout.swatch;
  return (
    <>
      <ChartSvg
        title={labels.title}
        description={labels.description}
        width={layout.width}
        height={layout.height}
      >
        <defs>
          <pattern
            id={hatchId}
            width={layout.hatch}
            height={layout.hatch}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2={layout.hatch} className="lead-hatch" style={stroke} />
          </pattern>
        </defs>
        {layout.bars.map((bar) => (
          <g
            key={bar.row.id}
            className={`row ${focusState(bar.row.id, emphasis)}`}
            data-model={bar.row.id}
          >
            <text
              x={bar.name.x}
              y={bar.name.y}
              textAnchor={bar.name.anchor}
              dominantBaseline="central"
              className="row-label"
              style={{ fontSize: layout.fontSize.name }}
            >
              {bar.name.text}
            </text>
            {bar.segments.map((s) => (
              <g key={s.level}>
                <rect
                  x={s.x}
                  y={bar.y}
                  width={Math.max(0, s.width - 2)}
                  height={layout.barHeight}
                  fill={categoryColourVar(s.levelIndex)}
                />
                {s.isLead ? (
                  <rect
                    x={s.x}
                    y={bar.y + layout.barHeight - layout.leadBand}
                    width={Math.max(0, s.width - 2)}
                    height={layout.leadBand}
                    fill={hatchFill}
                    className="lead-outline"
                    style={stroke}
                  />
                ) : null}
                {s.label ? (
                  <text
                    x={s.label.x}
                    y={s.label.y}
                    dominantBaseline="central"
                    className="segment-label"
                    style={{ fontSize: layout.fontSize.segment }}
                  >
                    {s.label.text}
                  </text>
                ) : null}
              </g>
            ))}
          </g>
        ))}
      </ChartSvg>
      {layout.bars.flatMap(({ row, segments }) =>
        segments.map((s) => (
          <MarkHandle
            key={`${row.id}-${s.level}`}
            box={s.hit}
            label={labels.markName(row, s)}
            link={events.link(row.id)}
            onActivate={() => events.open(row.id)}
            tooltip={
              <>
                <strong>
                  {row.name} — {labels.level[s.level]} {percent(s.share)}%
                </strong>
                {s.isLead ? ` (${labels.lead})` : ''}
                <ConfidenceText
                  confidence={row.confidence}
                  text={labels.confidence[row.confidence]}
                />
                <br />
                {row.actorsByLevel[s.level].length
                  ? `${labels.actorsHere}: ${row.actorsByLevel[s.level].join('; ')}`
                  : labels.noActors}
              </>
            }
          />
        )),
      )}
      <ul className="legend" aria-label={labels.legend}>
        {GOVERNANCE_LEVELS.map((level, i) => (
          <li key={level}>
            <svg width={swatch} height={swatch} aria-hidden="true">
              <rect width={swatch} height={swatch} fill={categoryColourVar(i)} />
            </svg>
            {labels.level[level]} ({labels.initial[level]})
          </li>
        ))}
        <li>
          <svg width={swatch} height={swatch} aria-hidden="true">
            <rect
              width={swatch}
              height={swatch}
              fill={hatchFill}
              className="lead-outline"
              style={stroke}
            />
          </svg>
          {labels.leadLegend}
        </li>
      </ul>
    </>
  );
}

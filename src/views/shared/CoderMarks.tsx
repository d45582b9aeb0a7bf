/**
 * The marks of "all coders at once", drawn from their layout alone: a badge with the coders'
 * letters where coders put a model, a ring where every coder agrees, their handles (hover or focus
 * one and that coder's marks stand out in every row) and the legend that names the coders.
 */
import { MarkHandle } from '../../charts/MarkHandle';
import type { LinkHandlers } from '../../charts/MarkHandle';
import { AGREE_SIGN, coderMarkState } from './coder-marks';
import type {
  CoderKey,
  CoderMarkSizes,
  CoderMarkState,
  CoderReading,
  PlacedCoderMark,
} from './coder-marks';

/** Which coders' marks stand out, and how a mark's handle changes that. */
export interface CoderFollowing {
  /** The coders being followed (hovered or focused), or null. */
  active: readonly string[] | null;
  follow: (coders: readonly string[] | null) => void;
}

/** The ring of agreement is drawn heavier than a badge, so it reads as one mark for all. */
const AGREE_STROKE = 1.5;

/** One mark: a rounded badge holding letters, or a ring holding "=". */
export function CoderMark({
  mark,
  state,
  stroke,
  font,
}: {
  mark: PlacedCoderMark;
  state: CoderMarkState;
  stroke: number;
  font: number;
}) {
  const { x, y, width, height } = mark;
  const className = [
    'coder-mark',
    state,
    mark.low ? 'coder-mark--low' : '',
    mark.group.allAgree ? 'coder-mark--agree' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g className={className}>
      {mark.group.allAgree ? (
        <circle
          className="coder-mark__shape"
          cx={x}
          cy={y}
          r={height / 2}
          style={{ strokeWidth: stroke * AGREE_STROKE }}
        />
      ) : (
        <rect
          className="coder-mark__shape"
          x={x - width / 2}
          y={y - height / 2}
          width={width}
          height={height}
          rx={height / 4}
          style={{ strokeWidth: stroke }}
        />
      )}
      <text
        className="coder-mark__text"
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        style={{ fontSize: font }}
      >
        {mark.text}
      </text>
    </g>
  );
}

/** A model's link handlers that also follow the mark's coders while it is held. */
export function followingCoders(
  link: LinkHandlers,
  coders: readonly string[],
  following: CoderFollowing,
): LinkHandlers {
  return {
    onFocus: () => {
      link.onFocus();
      following.follow(coders);
    },
    onBlur: () => {
      link.onBlur();
      following.follow(null);
    },
    onMouseEnter: () => {
      link.onMouseEnter();
      following.follow(coders);
    },
    onMouseLeave: () => {
      link.onMouseLeave();
      following.follow(null);
    },
  };
}

/** The SVG marks of one row, in drawing order. */
export function CoderRowMarks<R extends CoderReading>({
  marks,
  following,
  sizes,
  stroke,
}: {
  marks: readonly PlacedCoderMark<R>[];
  following: CoderFollowing;
  sizes: CoderMarkSizes;
  stroke: number;
}) {
  return (
    <>
      {marks.map((mark) => (
        <CoderMark
          key={mark.group.readings.map((r) => r.coder.id).join(' ')}
          mark={mark}
          state={coderMarkState(mark.group, following.active)}
          stroke={stroke}
          font={sizes.font}
        />
      ))}
    </>
  );
}

/**
 * The handles over one row's marks: named, opening the model's evidence, each with a tooltip of
 * the model's name over a line per coder (or one saying all agree).
 */
export function CoderRowHandles<R extends CoderReading>({
  rowKey,
  marks,
  link,
  following,
  name,
  title,
  lines,
  onActivate,
}: {
  rowKey: string;
  marks: readonly PlacedCoderMark<R>[];
  link: LinkHandlers;
  following: CoderFollowing;
  name: (mark: PlacedCoderMark<R>) => string;
  /** The tooltip's heading: the model's name. */
  title: string;
  lines: (group: PlacedCoderMark<R>['group']) => string[];
  onActivate: () => void;
}) {
  return (
    <>
      {marks.map((mark) => {
        const coders = mark.group.readings.map((r) => r.coder.id);
        return (
          <MarkHandle
            key={`${rowKey}-${coders.join('-')}`}
            box={mark.hit}
            label={name(mark)}
            link={followingCoders(link, coders, following)}
            onActivate={onActivate}
            tooltip={
              <>
                <strong>{title}</strong>
                {lines(mark.group).map((line) => (
                  <span key={line} className="chart-tooltip__line">
                    {line}
                  </span>
                ))}
              </>
            }
          />
        );
      })}
    </>
  );
}

/** Names each coder by its letter, says what the ring means, and adds a chart's own note. */
export function CoderLegend({
  coders,
  sizes,
  stroke,
  label,
  allAgree,
  note,
}: {
  coders: readonly CoderKey[];
  sizes: CoderMarkSizes;
  stroke: number;
  /** The list's accessible name ("Coders"). */
  label: string;
  /** What the ring means ("all coders agree"). */
  allAgree: string;
  note?: string;
}) {
  const side = sizes.hit;
  const badge = (text: string, agree: boolean) => {
    const mark: PlacedCoderMark = {
      group: { position: 0, readings: [], allAgree: agree },
      text,
      x: side / 2,
      y: side / 2,
      lane: 0,
      width: sizes.height,
      height: sizes.height,
      low: false,
      hit: { x: 0, y: 0, width: side, height: side },
    };
    return (
      <svg width={side} height={side} aria-hidden="true" className="coder-legend__mark">
        <CoderMark mark={mark} state="is-plain" stroke={stroke} font={sizes.font} />
      </svg>
    );
  };
  return (
    <ul className="legend coder-legend" aria-label={label}>
      {coders.map((c) => (
        <li key={c.id}>
          {badge(c.letter, false)}
          {c.name}
        </li>
      ))}
      <li>
        {badge(AGREE_SIGN, true)}
        {allAgree}
      </li>
      {note ? <li className="coder-legend__note">{note}</li> : null}
    </ul>
  );
}

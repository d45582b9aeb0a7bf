import { markerPath, markerShape } from './markers';
import { modelColourVar } from './palette';

/** A model's marker drawn in a chart, moved by CSS transform so position changes can animate. */
export function ModelMark({
  index,
  x,
  y,
  size,
  stroke,
  state,
}: {
  index: number;
  x: number;
  y: number;
  /** Area in square px, from the chart's layout. */
  size: number;
  /** Outline width in px, from the chart's layout (an emphasised mark gets a heavier one). */
  stroke: number;
  state: FocusState;
}) {
  return (
    <path
      className={`model-mark ${state}`}
      d={markerPath(markerShape(index), size)}
      fill={modelColourVar(index)}
      style={{
        transform: `translate(${x}px, ${y}px)`,
        strokeWidth: state === 'is-focused' ? stroke * 1.7 : stroke,
      }}
    />
  );
}

export type FocusState = 'is-plain' | 'is-focused' | 'is-dimmed';

/** How a model is drawn given the emphasised model of the linked views. */
export function focusState(model: string, focus: string | null): FocusState {
  if (!focus) return 'is-plain';
  return focus === model ? 'is-focused' : 'is-dimmed';
}

import { markerPath, markerShape } from './markers';
import { modelColourVar } from './palette';

/** A model's marker drawn in a chart, moved by CSS transform so position changes can animate. */
export function ModelMark({
  index,
  x,
  y,
  size = 150,
  state,
}: {
  index: number;
  x: number;
  y: number;
  size?: number;
  state: FocusState;
}) {
  return (
    <path
      className={`model-mark ${state}`}
      d={markerPath(markerShape(index), size)}
      fill={modelColourVar(index)}
      style={{ transform: `translate(${x}px, ${y}px)` }}
    />
  );
}

export type FocusState = 'is-plain' | 'is-focused' | 'is-dimmed';

/** How a model is drawn given the focused model of the linked views. */
export function focusState(model: string, focus: string | null): FocusState {
  if (!focus) return 'is-plain';
  return focus === model ? 'is-focused' : 'is-dimmed';
}

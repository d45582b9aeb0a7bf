import { markerPath, markerShape } from './markers';
import { modelColourVar } from './palette';

/** The model's marker (shape + colour), decorative: the model's name always stands beside it. */
export function ModelMarker({ index, size = 16 }: { index: number; size?: number }) {
  const half = size / 2;
  return (
    <svg
      className="model-marker"
      width={size}
      height={size}
      viewBox={`${-half} ${-half} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={markerPath(markerShape(index), size * size * 0.45)} fill={modelColourVar(index)} />
    </svg>
  );
}

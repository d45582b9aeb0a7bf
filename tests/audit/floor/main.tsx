/**
 * The floor of `npm run audit`: the smallest page built of the Atlas's own stack (React 19, a
 * zustand store, a d3-scale scale), one heading and one SVG of five dots. Whatever Lighthouse
 * measures here is what the stack costs before any of our work; the Atlas is judged by its ratio
 * to this page in the same run, so a busy machine slows both alike.
 */
import { scaleLinear } from 'd3-scale';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';

const useDots = create<{ values: number[] }>(() => ({ values: [1, 2, 3, 4, 5] }));

function Floor() {
  const values = useDots((s) => s.values);
  const x = scaleLinear().domain([1, 5]).range([20, 280]);
  return (
    <main>
      <h1>Five ways to build a cluster</h1>
      <svg width="300" height="40" role="img" aria-label="Five dots, one per model">
        {values.map((v) => (
          <circle key={v} cx={x(v)} cy={20} r={8} fill="#7a5c00" />
        ))}
      </svg>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);

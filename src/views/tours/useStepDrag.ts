import { useRef, useState } from 'react';
import type { DragEvent } from 'react';

/** Where a dragged step is, and where it would land: a gap between steps, 0 to the step count. */
export interface StepDragState {
  from: number;
  gap: number | null;
}

export interface StepDrag {
  state: StepDragState | null;
  /** For a step's drag handle. */
  handle: (index: number) => {
    draggable: true;
    onDragStart: (e: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  /** For a step's whole row: a drop on its upper half lands before it, on its lower half after. */
  target: (index: number) => {
    onDragOver: (e: DragEvent<HTMLElement>) => void;
    onDrop: (e: DragEvent<HTMLElement>) => void;
  };
}

/** The step index a drop in `gap` moves `from` to (the gaps just above and below it change nothing). */
export function dropIndex(from: number, gap: number): number {
  return gap > from ? gap - 1 : gap;
}

/**
 * Reordering steps by dragging (HTML5 drag and drop) for pointer users; keyboard users have the
 * ↑/↓ buttons, and both are announced the same way by the caller's `move`. The drag is kept in a
 * ref as well as in state: the browser's next drag event may come before React has rendered.
 */
export function useStepDrag(move: (from: number, to: number) => void): StepDrag {
  const [state, setState] = useState<StepDragState | null>(null);
  const current = useRef<StepDragState | null>(null);
  const set = (next: StepDragState | null) => {
    current.current = next;
    setState(next);
  };
  return {
    state,
    handle: (index) => ({
      draggable: true,
      onDragStart: (e) => {
        e.dataTransfer.effectAllowed = 'move';
        // Some browsers start a drag only when it carries data.
        e.dataTransfer.setData('text/plain', String(index + 1));
        set({ from: index, gap: null });
      },
      onDragEnd: () => set(null),
    }),
    target: (index) => ({
      onDragOver: (e) => {
        const drag = current.current;
        if (!drag) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        const box = e.currentTarget.getBoundingClientRect();
        const gap = e.clientY < box.top + box.height / 2 ? index : index + 1;
        if (gap !== drag.gap) set({ ...drag, gap });
      },
      onDrop: (e) => {
        const drag = current.current;
        if (!drag) return;
        e.preventDefault();
        const to = dropIndex(drag.from, drag.gap ?? index);
        set(null);
        if (to !== drag.from) move(drag.from, to);
      },
    }),
  };
}

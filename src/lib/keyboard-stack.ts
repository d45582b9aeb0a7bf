/**
 * One owner for the keyboard: a single document listener and a stack of layers (dialogs, the
 * evidence panel, menus, a running tour, presentation mode). A layer is pushed when it opens and
 * popped when it closes. Esc goes to the top layer that takes Esc, and to it only; any other key
 * goes down the stack until a layer says it handled it. This replaces listeners that each watched
 * the document and negotiated Esc among themselves by stopPropagation and probing the DOM.
 */
import { useEffect, useRef } from 'react';

/**
 * What a layer is. The kind decides its place: a dialog sits above the evidence panel, which sits
 * above a menu, a tour and presentation mode, whatever order they opened in (lazy code can make a
 * tour bar arrive after the panel its step opened); within a kind, the later opened is on top.
 */
export type LayerKind = 'presentation' | 'tour' | 'menu' | 'panel' | 'dialog';

const RANK: Record<LayerKind, number> = { presentation: 0, tour: 1, menu: 2, panel: 3, dialog: 4 };

export interface KeyLayer {
  kind: LayerKind;
  /** Esc while this is the top layer that takes it. Leave out to let Esc pass to the next. */
  onEscape?: (e: KeyboardEvent) => void;
  /** Any other key; return true when handled, so layers below do not see it. */
  onKey?: (e: KeyboardEvent) => boolean;
}

type KeyTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface KeyboardStack {
  /** Adds a layer on top of those of its kind; returns the function that removes it. */
  push: (layer: KeyLayer) => () => void;
  /** The layers from the top down (for tests and debugging). */
  layers: () => KeyLayer[];
}

/** A stack that listens on `target` (the document) while it holds at least one layer. */
export function createKeyboardStack(target: KeyTarget): KeyboardStack {
  let entries: { layer: KeyLayer; order: number }[] = [];
  let pushed = 0;

  const topDown = () =>
    [...entries]
      .sort((a, b) => RANK[b.layer.kind] - RANK[a.layer.kind] || b.order - a.order)
      .map((e) => e.layer);

  const onKeyDown = (event: Event) => {
    const e = event as KeyboardEvent;
    // A control that used the key itself (a field clearing on Esc, say) has said so.
    if (e.defaultPrevented) return;
    const layers = topDown();
    if (e.key === 'Escape') {
      const top = layers.find((l) => l.onEscape);
      if (!top?.onEscape) return;
      // The layer sees the event as it came (not yet marked handled), then it is.
      top.onEscape(e);
      e.preventDefault();
      return;
    }
    for (const layer of layers) if (layer.onKey?.(e)) return;
  };

  return {
    push(layer) {
      const entry = { layer, order: ++pushed };
      if (entries.length === 0) target.addEventListener('keydown', onKeyDown);
      entries.push(entry);
      return () => {
        const before = entries.length;
        entries = entries.filter((e) => e !== entry);
        if (before > 0 && entries.length === 0) target.removeEventListener('keydown', onKeyDown);
      };
    },
    layers: topDown,
  };
}

let appStack: KeyboardStack | null = null;

/** The page's one stack, on `document`. */
export function keyboardStack(): KeyboardStack {
  appStack ??= createKeyboardStack(document);
  return appStack;
}

/**
 * Holds a layer on the page's stack while `active`: pushed once when it becomes active and popped
 * when it stops or unmounts. The handlers are read fresh on every key press, so re-rendering with
 * new handlers never moves the layer (re-pushing would put it above layers opened after it).
 */
export function useKeyLayer(
  kind: LayerKind,
  handlers: Omit<KeyLayer, 'kind'>,
  active = true,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const takesEscape = handlers.onEscape !== undefined;
  useEffect(() => {
    if (!active) return;
    return keyboardStack().push({
      kind,
      onEscape: takesEscape ? (e) => latest.current.onEscape?.(e) : undefined,
      onKey: (e) => latest.current.onKey?.(e) ?? false,
    });
  }, [kind, active, takesEscape]);
}

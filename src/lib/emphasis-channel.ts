/**
 * Which model is drawn emphasised, told to the marks that ask about their own model: a change
 * from one model to another wakes the two marks concerned, not every mark. A chart that takes the
 * emphasis as a value is drawn again, all of it, on each move of the pointer (with 200 models,
 * most of a hover's cost); its rows can instead each watch their own model here.
 */
export interface EmphasisChannel {
  /** The model emphasised now, or null. */
  current: () => string | null;
  /**
   * Calls `onChange` whenever whether `model` is the one emphasised, or whether any is, may have
   * changed. Returns how to stop.
   */
  watch: (model: string, onChange: () => void) => () => void;
}

export interface EmphasisSource extends EmphasisChannel {
  set: (model: string | null) => void;
}

export function emphasisSource(initial: string | null): EmphasisSource {
  let now = initial;
  /** What the watchers were last told: they hear of a change once the setting is over. */
  let told = initial;
  let telling = false;
  const watchers = new Map<string, Set<() => void>>();
  const tell = (model: string) => {
    for (const onChange of watchers.get(model) ?? []) onChange();
  };
  const tellChange = () => {
    telling = false;
    const before = told;
    told = now;
    if (before === told) return;
    // From none to one, or back: every mark dims or comes back. From one to another: two.
    if (before === null || told === null) for (const key of [...watchers.keys()]) tell(key);
    else {
      tell(before);
      tell(told);
    }
  };
  return {
    current: () => now,
    watch: (model, onChange) => {
      let set = watchers.get(model);
      if (!set) watchers.set(model, (set = new Set()));
      set.add(onChange);
      return () => {
        set.delete(onChange);
        if (set.size === 0) watchers.delete(model);
      };
    },
    // Told in a microtask, after the event that set it: the pointer going from one mark to the
    // next leaves the first (no emphasis) and enters the second in one event, and telling at
    // once would wake every mark twice, to dim them all again.
    set: (model) => {
      // The store sets it on each of its changes: most leave it as it is, and ask for nothing.
      if (model === now) return;
      now = model;
      if (telling) return;
      telling = true;
      queueMicrotask(tellChange);
    },
  };
}

const fixed = new Map<string | null, EmphasisChannel>();

/** An emphasis that never changes (a drawing rendered from props alone, a printed page). */
export function fixedEmphasis(model: string | null): EmphasisChannel {
  let channel = fixed.get(model);
  if (!channel) {
    channel = { current: () => model, watch: () => () => undefined };
    fixed.set(model, channel);
  }
  return channel;
}

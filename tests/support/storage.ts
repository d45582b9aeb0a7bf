/** An in-memory stand-in for localStorage that records every write, for the storage tests. */
export interface MemoryBackend {
  map: Map<string, string>;
  writes: { key: string; value: string }[];
  removals: string[];
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export function memoryBackend(
  initial: Record<string, string> = {},
  options: { failWrites?: boolean } = {},
): MemoryBackend {
  const map = new Map(Object.entries(initial));
  const writes: { key: string; value: string }[] = [];
  const removals: string[] = [];
  return {
    map,
    writes,
    removals,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (options.failWrites) throw new DOMException('quota', 'QuotaExceededError');
      writes.push({ key, value });
      map.set(key, value);
    },
    removeItem: (key) => {
      removals.push(key);
      map.delete(key);
    },
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

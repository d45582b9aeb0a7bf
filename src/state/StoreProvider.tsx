import { createContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { showCoding } from './coding';
import { createAppStore } from './store';
import type { AppStore, StoreOptions } from './store';

export const StoreContext = createContext<AppStore | null>(null);

/**
 * Each provider owns its own store, so tests and embedded copies never share state. It also keeps
 * the corpus coded by the coder `coding=` names (state/coding.ts), whatever is mounted below it.
 */
export function StoreProvider({
  children,
  store,
  options,
}: {
  children: ReactNode;
  store?: AppStore;
  options?: StoreOptions;
}) {
  const [value] = useState(() => store ?? createAppStore(options));
  useEffect(() => {
    void showCoding(value);
    return value.subscribe((s, prev) => {
      if (s.coding !== prev.coding || s.corpus !== prev.corpus || s.content !== prev.content)
        void showCoding(value);
    });
  }, [value]);
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

import { createContext, useState } from 'react';
import type { ReactNode } from 'react';
import { createAppStore } from './store';
import type { AppStore, StoreOptions } from './store';

export const StoreContext = createContext<AppStore | null>(null);

/** Each provider owns its own store, so tests and embedded copies never share state. */
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
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

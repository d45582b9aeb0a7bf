/**
 * A view's title. On its own page a view's title is the page's h1; inside the handout, which
 * gathers several views under its own h1, the same views title themselves with h2.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

export const InsideHandout = createContext(false);

export function ViewTitle({ children }: { children: ReactNode }) {
  return useContext(InsideHandout) ? <h2>{children}</h2> : <h1>{children}</h1>;
}

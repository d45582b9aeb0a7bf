/**
 * React's report of a recoverable problem while hydrating the baked first page (bake.tsx): the
 * build's HTML and the browser's first render differed, and React drew that part afresh. The page
 * still works, but the bake and the app disagree, which costs the reader a visible redraw: it is
 * logged as an error, and the end-to-end specs fail on any console error.
 */
export function reportHydrationProblem(error: unknown, info: { componentStack?: string }): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Hydration problem: ${message}${info.componentStack ?? ''}`);
}

import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * A section of a model's page: a stable id (links and search results jump to `#model-actors`) and
 * a heading that takes focus (tabIndex -1), so a jump lands where a screen reader can start.
 */
export function PageSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section id={id} className="model-page__section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a section says when the model has nothing of its kind. */
export function NoneNote({ children }: { children: ReactNode }) {
  return <p className="model-page__none">{children}</p>;
}

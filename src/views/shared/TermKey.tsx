/**
 * A line of codebook terms under a chart whose own key is drawn elsewhere (in SVG, or in a
 * drawing that takes plain words): each term one hover, focus or tap from its definition.
 */
import { Term } from './Term';
import type { TermKind } from '../../corpus/definitions';

export function TermKey({
  heading,
  kind,
  terms,
}: {
  heading: string;
  kind: TermKind;
  terms: readonly { id: string | number; label: string }[];
}) {
  if (terms.length === 0) return null;
  return (
    <p className="term-key">
      <span className="term-key__heading">{heading}</span>{' '}
      {terms.map((term, i) => (
        // The dot stays with the term before it, so a wrapped line never starts with one.
        <span key={term.id}>
          <span className="term-key__item">
            <Term kind={kind} id={term.id}>
              {term.label}
            </Term>
            {i < terms.length - 1 ? ' ·' : null}
          </span>{' '}
        </span>
      ))}
    </p>
  );
}

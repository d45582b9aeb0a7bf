/**
 * A codebook term where it appears in a view's text, with its definition one hover, focus or tap
 * away, in the reader's language (from the translated bundle's codebook). Where the codebook has
 * no such term (a user's corpus may lack one), the words stay plain text.
 */
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { definitionOf } from '../../corpus/definitions';
import type { TermDefinition, TermKind } from '../../corpus/definitions';
import { useBundle, useTextLang } from '../../state/selectors';
import { TermPopover } from '../../charts/TermPopover';

/** A term's label and definition from the codebook the views show now. */
export function useDefinition(kind: TermKind, id: string | number): TermDefinition | null {
  const { codebook } = useBundle();
  return useMemo(() => definitionOf(codebook, kind, id), [codebook, kind, id]);
}

export function Term({
  kind,
  id,
  children,
  mayBeBeside,
}: {
  kind: TermKind;
  id: string | number;
  /** The words shown in the text; the codebook's label by default. */
  children?: ReactNode;
  /** The stylesheet may print the definition beside the term (TermPopover says more). */
  mayBeBeside?: boolean;
}) {
  const found = useDefinition(kind, id);
  const langOf = useTextLang();
  if (!found || !found.definition) return <>{children ?? String(id)}</>;
  return (
    <TermPopover
      term={found.label}
      definition={found.definition}
      lang={langOf(found.definition)}
      mayBeBeside={mayBeBeside}
    >
      {children}
    </TermPopover>
  );
}

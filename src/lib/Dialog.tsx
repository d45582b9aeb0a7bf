import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { trapKeys } from './focusTrap';

/** A modal dialog: focus moves in on open, stays inside, and returns to the opener on close. */
export function Dialog({
  title,
  closeLabel,
  onClose,
  children,
}: {
  title: string;
  /** The accessible name of the close button, in the reader's language. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
    const onKey = (e: KeyboardEvent) => trapKeys(e, ref.current, onClose);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [onClose]);
  return (
    <div className="dialog-backdrop">
      <div ref={ref} className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <div className="evidence-panel__head">
          <h2 id={titleId} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" onClick={onClose} aria-label={closeLabel}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

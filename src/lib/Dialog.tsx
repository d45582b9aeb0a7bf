import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { trapTab } from './focusTrap';
import { useKeyLayer } from './keyboard-stack';

/** How a dialog looks: centred over the page, or a panel along the side (the evidence). */
export type DialogVariant = 'modal' | 'side-panel';

const CLASSES: Record<DialogVariant, { backdrop: string; box: string }> = {
  modal: { backdrop: 'dialog-backdrop', box: 'dialog' },
  'side-panel': { backdrop: 'evidence-backdrop', box: 'evidence-panel' },
};

/**
 * The app's one modal dialog: focus moves to its title on open and stays inside (Tab wraps), Esc
 * closes it (through the keyboard stack, so only the top layer closes), and focus returns to the
 * opener on close — or, when the opener is gone, to the element `fallbackFocusId` names.
 */
export function Dialog({
  title,
  closeLabel,
  onClose,
  children,
  variant = 'modal',
  titleId: givenTitleId,
  fallbackFocusId,
}: {
  title: ReactNode;
  /** The accessible name of the close button, in the reader's language. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  variant?: DialogVariant;
  /** A fixed id for the title, for pages that link or test against it. */
  titleId?: string;
  fallbackFocusId?: string;
}) {
  const generatedId = useId();
  const titleId = givenTitleId ?? generatedId;
  const ref = useRef<HTMLDivElement>(null);
  useKeyLayer(variant === 'side-panel' ? 'panel' : 'dialog', {
    onEscape: onClose,
    onKey: (e) => trapTab(e, ref.current),
  });
  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body)
        opener.focus();
      else if (fallbackFocusId) document.getElementById(fallbackFocusId)?.focus();
    };
  }, [fallbackFocusId]);
  const classes = CLASSES[variant];
  return (
    <div className={classes.backdrop}>
      <div
        ref={ref}
        className={classes.box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
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

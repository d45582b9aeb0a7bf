import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';

/** What the page says after an action, and how to take it back where it can be. */
export interface StatusMessage {
  message: string;
  undo?: () => void;
}

export type Say = (status: StatusMessage) => void;

/** The page's status line: `say` replaces it; an undoable action's Undo button takes focus. */
export function useTourStatus(): { status: StatusMessage | null; say: Say } {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  return { status, say: setStatus };
}

/**
 * One polite live region for everything the tours page does (created, moved, deleted, loaded),
 * always in the page so each change is read out; Undo beside it, focused when it appears (the
 * card it would restore is gone, so focus has somewhere useful to go).
 */
export function TourStatus({ status }: { status: StatusMessage | null }) {
  const { t } = useTranslation();
  const undoRef = useRef<HTMLButtonElement>(null);
  const undo = status?.undo;
  useEffect(() => {
    if (undo) undoRef.current?.focus();
  }, [undo]);
  return (
    <div className="tour-status">
      <p role="status">{status?.message ?? ''}</p>
      {undo ? (
        <button ref={undoRef} type="button" className="secondary" onClick={undo}>
          {t('tourMaker.undo')}
        </button>
      ) : null}
    </div>
  );
}

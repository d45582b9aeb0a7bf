/**
 * The search dialog (loaded on first use): the search field and its results over the page, at the
 * top where the header's search button was. Modal: Tab stays inside, Escape on an empty field
 * closes it (through the keyboard stack, so it closes before anything beneath it), a press on the
 * backdrop closes it. Choosing a result closes it and opens the result's exact place.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { trapTab } from '../../lib/focusTrap';
import { useKeyLayer } from '../../lib/keyboard-stack';
import { useActions, useLang } from '../../state/selectors';
import type { SearchDocument } from '../../search/documents';
import { openPlace } from '../../search/open-place';
import { SearchBox } from '../../search/SearchBox';
import { useSearchIndex } from '../../search/useSearchIndex';

interface SearchDialogProps {
  /** Closes the dialog; `opened`: a result was chosen (focus goes there, not back to the button). */
  onClose: (opened: boolean) => void;
}

export function SearchDialog({ onClose }: SearchDialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const state = useSearchIndex();
  const actions = useActions();
  const ref = useRef<HTMLDivElement>(null);
  useKeyLayer('dialog', {
    onEscape: () => onClose(false),
    onKey: (e) => trapTab(e, ref.current),
  });
  useEffect(() => {
    ref.current?.querySelector('input')?.focus();
  }, []);
  const open = (doc: SearchDocument) => {
    onClose(true);
    openPlace(doc.place, actions);
  };
  return (
    <div
      className="search-backdrop"
      onPointerDown={(e) => {
        if (e.target === e.currentTarget) onClose(false);
      }}
    >
      <div
        ref={ref}
        className="search-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('search.dialogLabel')}
      >
        <SearchBox state={state} lang={lang} onChoose={open} label={t('search.label')} />
        <button
          type="button"
          className="secondary search-dialog__close"
          onClick={() => onClose(false)}
          aria-label={t('search.close')}
        >
          ×
        </button>
      </div>
    </div>
  );
}

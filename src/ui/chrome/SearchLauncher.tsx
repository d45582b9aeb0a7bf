import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { isTyping } from '../../lib/keys';
import { lazyWithStrings } from '../lazyWithStrings';

// The dialog, the index, the text folding and the results load on first use, never with the page.
const SearchDialog = lazyWithStrings(() => import('./SearchDialog').then((m) => m.SearchDialog));

/**
 * The header's search button (a field's look on wide screens, a magnifier on narrow ones) and the
 * shortcuts that open search: "/" and Ctrl+K (⌘K), unless the reader is typing in a field.
 */
export function SearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
      const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
      if ((slash || k) && !open && !e.defaultPrevented && !isTyping(e.target)) {
        e.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const close = (opened: boolean) => {
    setOpen(false);
    // A chosen result takes focus to its place; otherwise focus comes back here.
    if (!opened) button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="secondary search-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={t('app.searchHint')}
        onClick={() => setOpen(true)}
        onPointerEnter={SearchDialog.preload}
        onFocus={SearchDialog.preload}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M12.5 12.5 17 17" />
        </svg>
        <span className="search-button__label">{t('app.search')}</span>
        <kbd aria-hidden="true">/</kbd>
      </button>
      {open ? (
        <Suspense
          fallback={
            <p className="search-loading" role="status">
              {t('loading.menu')}
            </p>
          }
        >
          <SearchDialog onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}

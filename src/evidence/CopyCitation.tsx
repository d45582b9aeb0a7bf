import { useId, useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { useKeyLayer } from '../lib/keyboard-stack';
import { useCopyText } from './CopyCitationClipboard';
import { usePassageCitation } from './CopyCitationText';
import type { CitationFormat, Passage } from './CopyCitationText';

const FORMATS: readonly CitationFormat[] = ['plain', 'bibtex'];

/**
 * "Copy with citation": a small menu (plain text or BibTeX) that puts a passage, where it stands
 * and the citations of its source and of the app on the clipboard, then says so. Where the
 * browser refuses the clipboard, the text appears selected in a field to copy by hand.
 */
export function CopyCitation({ passage, what }: { passage: Passage; what: string }) {
  const { t } = useTranslation();
  const citation = usePassageCitation();
  const [open, setOpen] = useState(false);
  const { copy: copyText, status, fallback, field } = useCopyText();
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  useKeyLayer('menu', { onEscape: () => close(true) }, open);

  const copy = (format: CitationFormat) => {
    close(true);
    copyText(
      citation(passage, format),
      t('evidence.copy.copied', { format: t(`evidence.copy.${format}`) }),
      t('evidence.copy.refused'),
    );
  };
  // A click or Tab away from the menu closes it.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) close(false);
  };

  return (
    <div className="copy-citation" onBlur={onBlur}>
      <button
        ref={toggle}
        type="button"
        className="secondary copy-citation__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('evidence.copy.name', { what })}
        onClick={() => setOpen((v) => !v)}
      >
        {t('evidence.copy.button')}
      </button>
      {open ? (
        <ul id={menuId} className="copy-citation__menu" aria-label={t('evidence.copy.menu')}>
          {FORMATS.map((format) => (
            <li key={format}>
              <button type="button" onClick={() => copy(format)}>
                {t(`evidence.copy.${format}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span role="status" className="copy-citation__status">
        {status}
      </span>
      {fallback !== null ? (
        <label className="copy-citation__fallback">
          <span>{t('evidence.copy.fallback')}</span>
          <textarea
            readOnly
            rows={6}
            value={fallback}
            ref={field}
            onFocus={(e) => e.target.select()}
          />
        </label>
      ) : null}
    </div>
  );
}

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import type { Tour } from '../corpus/schema';
import { trapTab } from '../lib/focusTrap';
import { useKeyLayer } from '../lib/keyboard-stack';
import { gridMove } from './tour-keys';

/**
 * The grid of a tour's steps (G or O, as in reveal.js's overview): every step a numbered button
 * with its title and view, the current one marked. Arrow keys move between them (up and down by
 * a row of the grid), Home and End to the first and last, Enter goes to the step, Esc closes.
 *
 * A modal like the app's Dialog (same look, focus kept inside, Esc through the keyboard stack,
 * focus back to the opener on close), except that focus opens on the current step rather than
 * on the title: the lecturer pressed G to move, so the arrows must work at once.
 */
export function StepGrid({
  tour,
  current,
  onJump,
  onClose,
}: {
  tour: Tour;
  current: number;
  onJump: (step: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  useKeyLayer('dialog', {
    onEscape: onClose,
    onKey: (e) => moveInGrid(e, list.current) || trapTab(e, ref.current),
  });
  useEffect(() => {
    const opener = document.activeElement;
    list.current?.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body)
        opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog step-grid"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <div className="evidence-panel__head">
          <h2 id={titleId}>{t('lecturer.gridTitle', { tour: tour.title })}</h2>
          <button type="button" onClick={onClose} aria-label={t('lecturer.gridClose')}>
            ×
          </button>
        </div>
        <p className="muted step-grid__hint">{t('lecturer.gridHint')}</p>
        <ol className="step-grid__list" ref={list}>
          {tour.steps.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className="step-grid__step"
                aria-current={i + 1 === current ? 'step' : undefined}
                onClick={() => onJump(i + 1)}
              >
                <span className="step-grid__number">{i + 1}</span>
                <span className="step-grid__title">{s.title}</span>
                <span className="step-grid__view">{t(`nav.${s.view}`)}</span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/**
 * Arrow keys, Home and End move between the steps' buttons, in reading order (up and down by a
 * row of the grid as it is laid out); true when the key was one of them.
 */
function moveInGrid(e: KeyboardEvent, list: HTMLOListElement | null): boolean {
  if (!list || e.altKey || e.ctrlKey || e.metaKey) return false;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return false;
  // The number of columns: how many buttons share the first one's row.
  const top = buttons[0]?.getBoundingClientRect().top ?? 0;
  const columns = buttons.filter((b) => Math.abs(b.getBoundingClientRect().top - top) < 2).length;
  const to = gridMove(e.key, at, buttons.length, Math.max(1, columns));
  if (to === null) return false;
  e.preventDefault();
  buttons[to]?.focus();
  return true;
}

import { Suspense } from 'react';
import { useTranslation } from '../../i18n/react';
import { lazyWithStrings } from '../lazyWithStrings';
import { PopoverLoading } from './PopoverLoading';
import { usePopover } from './usePopover';
import { usePreloadWhenIdle } from './usePreloadWhenIdle';
import { Caret, Gear } from './icons';

// The menu's content is needed only once it opens: its code stays out of the first page and is
// fetched once the page is idle, or sooner when a pointer comes over the gear button or focus
// reaches it, so a click finds it loaded.
const SettingsPanel = lazyWithStrings(() => import('./SettingsPanel').then((m) => m.SettingsPanel));

interface SettingsMenuProps {
  /** Opens the "Your corpus…" dialog; absent while the corpus is still loading. */
  onLoadCorpus?: () => void;
  onPresent: () => void;
}

/**
 * Theme, language and the tools few visitors need at once (a researcher's own corpus, a lecturer's
 * presentation mode), behind one gear button, so the header keeps to one row.
 */
export function SettingsMenu({ onLoadCorpus, onPresent }: SettingsMenuProps) {
  const { t } = useTranslation();
  const {
    open: menuOpen,
    toggle: menuToggle,
    close: menuClose,
    rootRef: menuRoot,
    buttonRef: menuButton,
    panelId: menuPanelId,
  } = usePopover();
  usePreloadWhenIdle(SettingsPanel.preload);
  // The action's dialog (or presentation mode) takes over; focus first returns to the gear button,
  // so it comes back there when that closes rather than to a button that no longer exists.
  const run = (action: () => void) => () => {
    menuClose();
    action();
  };
  return (
    <div className="settings-menu popover" ref={menuRoot}>
      <button
        ref={menuButton}
        type="button"
        aria-expanded={menuOpen}
        aria-controls={menuPanelId}
        onClick={menuToggle}
        onPointerEnter={SettingsPanel.preload}
        onFocus={SettingsPanel.preload}
        className="secondary settings-menu__button"
      >
        <Gear />
        <span className="settings-menu__label">{t('chrome.settings')}</span>
        <Caret />
      </button>
      {menuOpen ? (
        <Suspense
          fallback={
            <PopoverLoading id={menuPanelId} className="popover__panel--end settings-menu__panel" />
          }
        >
          <SettingsPanel
            panelId={menuPanelId}
            run={run}
            onLoadCorpus={onLoadCorpus}
            onPresent={onPresent}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

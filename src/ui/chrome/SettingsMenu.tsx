import { useTranslation } from 'react-i18next';
import { Preferences } from '../Preferences';
import { usePopover } from './usePopover';

interface SettingsMenuProps {
  /** Opens the "Your corpus…" dialog; absent while the corpus is still loading. */
  onLoadCorpus?: () => void;
  onPresent: () => void;
}

/**
 * Theme, language and the tools few visitors need at once (a researcher's own corpus, a lecturer's
 * presentation mode), behind one ⚙ button, so the header keeps to one row.
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
  // The action's dialog (or presentation mode) takes over; focus first returns to the ⚙ button,
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
        className="secondary settings-menu__button"
      >
        <span aria-hidden="true">⚙</span>
        <span className="settings-menu__label">{t('chrome.settings')}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      {menuOpen ? (
        <div
          id={menuPanelId}
          className="popover__panel popover__panel--end settings-menu__panel"
          role="group"
          aria-label={t('chrome.settings')}
        >
          <Preferences />
          <div className="settings-menu__actions">
            {onLoadCorpus ? (
              <button
                type="button"
                className="secondary"
                onClick={run(onLoadCorpus)}
                title={t('app.loadCorpusHint')}
              >
                {t('app.loadCorpus')}
              </button>
            ) : null}
            <button
              type="button"
              className="secondary"
              onClick={run(onPresent)}
              title={t('app.presentHint')}
            >
              {t('app.present')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

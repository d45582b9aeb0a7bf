import { useTranslation } from '../../i18n/react';
import { Preferences } from '../Preferences';

export interface SettingsPanelProps {
  panelId: string;
  /** Closes the menu, then runs the action (see SettingsMenu for why in that order). */
  run: (action: () => void) => () => void;
  onLoadCorpus?: () => void;
  onPresent: () => void;
}

/**
 * The settings menu's open panel: theme, language and the rarer tools. Its code loads when the
 * menu is first wanted (see SettingsMenu), not with the first page.
 */
export function SettingsPanel({ panelId, run, onLoadCorpus, onPresent }: SettingsPanelProps) {
  const { t } = useTranslation();
  return (
    <div
      id={panelId}
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
  );
}

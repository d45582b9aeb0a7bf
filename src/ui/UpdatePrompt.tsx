/**
 * Tells the user when the app is ready offline, and when a new version is waiting: "Update
 * available — reload". The new version never takes over by itself in the middle of a lecture,
 * "Reload" reloads only the tab where it was pressed, and a tab showing the user's own corpus
 * (which a reload would drop) asks first.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { registerOffline } from './offline';
import type { ApplyUpdate, RegisterOffline } from './offline';
import { useAppStore } from '../state/selectors';
import type { AppState } from '../state/store';
import { Dialog } from '../lib/Dialog';
import { FillSlot, SLOT } from '../lib/FillSlot';

type Shown = 'none' | 'offline-ready' | 'update';

const selectOrigin = (s: AppState) => s.corpusOrigin;

export function UpdatePrompt({ register = registerOffline }: { register?: RegisterOffline }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>('none');
  const [confirming, setConfirming] = useState(false);
  const apply = useRef<ApplyUpdate | null>(null);
  const origin = useAppStore(selectOrigin);

  useEffect(() => {
    let live = true;
    void register({
      onNeedRefresh: () => live && setShown('update'),
      onOfflineReady: () => live && setShown('offline-ready'),
    }).then((update) => {
      apply.current = update;
    });
    return () => {
      live = false;
    };
  }, [register]);

  // The "saved for offline" note goes away by itself; an update waits for the user's choice.
  useEffect(() => {
    if (shown !== 'offline-ready') return;
    const id = setTimeout(() => setShown('none'), 8000);
    return () => clearTimeout(id);
  }, [shown]);

  const reload = () => {
    setConfirming(false);
    void apply.current?.();
  };

  return (
    <>
      <section className="update-prompt" aria-label={t('offline.label')} aria-live="polite">
        {shown === 'update' ? (
          <div className="notice" role="status">
            <p>{t('offline.updateReady')}</p>
            <button
              type="button"
              onClick={() => (origin.kind === 'user' ? setConfirming(true) : reload())}
            >
              {t('offline.reload')}
            </button>
            <button type="button" className="secondary" onClick={() => setShown('none')}>
              {t('offline.later')}
            </button>
          </div>
        ) : shown === 'offline-ready' ? (
          <div className="notice" role="status">
            <p>{t('offline.offlineReady')}</p>
            <button type="button" className="secondary" onClick={() => setShown('none')}>
              {t('offline.dismiss')}
            </button>
          </div>
        ) : null}
      </section>
      {confirming && origin.kind === 'user' ? (
        <Dialog
          title={t('offline.confirmTitle')}
          closeLabel={t('share.close')}
          onClose={() => setConfirming(false)}
        >
          <p>
            <FillSlot sentence={t('offline.confirmBody', { name: SLOT })} text={origin.name} />
          </p>
          <p>
            <button type="button" onClick={reload}>
              {t('offline.confirmReload')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('offline.keep')}
            </button>
          </p>
        </Dialog>
      ) : null}
    </>
  );
}

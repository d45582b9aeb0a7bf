/**
 * Tells the user when the app is ready offline, and when a new version is waiting: "Update
 * available — reload". The new version never takes over by itself in the middle of a lecture.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerOffline } from './offline';
import type { ApplyUpdate, RegisterOffline } from './offline';

type Shown = 'none' | 'offline-ready' | 'update';

export function UpdatePrompt({ register = registerOffline }: { register?: RegisterOffline }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>('none');
  const apply = useRef<ApplyUpdate | null>(null);

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

  return (
    <section className="update-prompt" aria-label={t('offline.label')} aria-live="polite">
      {shown === 'update' ? (
        <div className="notice" role="status">
          <p>{t('offline.updateReady')}</p>
          <button type="button" onClick={() => void apply.current?.()}>
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
  );
}

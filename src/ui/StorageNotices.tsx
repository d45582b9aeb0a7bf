import { useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/react';
import {
  dismissStorageNotice,
  storageNoticeKey,
  storageNotices,
  subscribeStorageNotices,
} from '../state/storage';
import type { StorageNotice } from '../state/storage';

/** Names of set-aside entries shown at most; the rest are counted. */
const MAX_NAMES = 8;

function SetAsideNames({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const shown = names.slice(0, MAX_NAMES);
  return (
    <ul className="notice__names">
      {/* Names come from stored data: isolated, so bidi controls in them cannot reorder the text. */}
      {shown.map((name, i) => (
        <li key={i}>
          <bdi>{name}</bdi>
        </li>
      ))}
      {names.length > shown.length ? (
        <li>{t('storageNotices.more', { count: names.length - shown.length })}</li>
      ) : null}
    </ul>
  );
}

function message(notice: StorageNotice, t: (key: string) => string): string {
  return notice.kind === 'setAside'
    ? t(`storageNotices.setAside.${notice.area}`)
    : t(`storageNotices.${notice.kind}`);
}

/**
 * What the user is told about this browser's storage: that nothing will be kept, or which stored
 * entries could not be read and were set aside. Each is said once per visit.
 */
export function StorageNotices() {
  const { t } = useTranslation();
  const notices = useSyncExternalStore(subscribeStorageNotices, storageNotices);
  return (
    // Not a landmark of its own (the URL notices' region is labelled "Notices" already).
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={storageNoticeKey(notice)} className="notice" role="status">
          <div>
            <p>{message(notice, t)}</p>
            {notice.kind === 'setAside' ? <SetAsideNames names={notice.names} /> : null}
          </div>
          <button
            type="button"
            onClick={() => dismissStorageNotice(notice)}
            aria-label={t('notices.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

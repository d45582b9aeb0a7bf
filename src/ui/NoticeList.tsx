import { useTranslation } from '../i18n/react';
import { useActions, useNotices } from '../state/selectors';
import { FillSlot, SLOT } from '../lib/FillSlot';

/** The dismissable notices themselves, each saying what was set aside and what shows instead. */
export function NoticeList() {
  const { t } = useTranslation();
  const notices = useNotices();
  const { dismissNotice } = useActions();
  return notices.map(({ id, notice }) => (
    <div key={id} className="notice" role="status">
      <p>
        {/* The rejected value is the link's, not ours: capped, cleaned and isolated. */}
        <FillSlot
          sentence={t('notices.invalidParam', {
            param: notice.param,
            value: SLOT,
            reason: t(`notices.reason.${notice.reason}`),
            fallback: t(`notices.fallback.${notice.param}`),
          })}
          text={notice.value}
        />
      </p>
      <button type="button" onClick={() => dismissNotice(id)} aria-label={t('notices.dismiss')}>
        ×
      </button>
    </div>
  ));
}

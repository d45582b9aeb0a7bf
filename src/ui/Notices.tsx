import { Suspense } from 'react';
import { useTranslation } from '../i18n/react';
import { useNotices } from '../state/selectors';
import { lazyWithStrings } from './lazyWithStrings';

// The notices' words and code load only when there is a notice to show.
const NoticeList = lazyWithStrings(() => import('./NoticeList').then((m) => m.NoticeList));

/**
 * Where notices appear, e.g. for a URL parameter that was invalid and fell back to its default. The
 * live region is always on the page, so that a notice added later is announced.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();
  return (
    <section className="notices" aria-label={t('app.noticesLabel')} aria-live="polite">
      {notices.length ? (
        <Suspense fallback={null}>
          <NoticeList />
        </Suspense>
      ) : null}
    </section>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../state/selectors';

/**
 * The tab's title names the view shown ("Compare — Cluster Atlas"), and the page's description
 * is in the reader's language, for sharing and search.
 */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const view = useView();
  useEffect(() => {
    document.title = `${t(`nav.${view}`)} — ${t('app.name')}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, [view, t]);
}

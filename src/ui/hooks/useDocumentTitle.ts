import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../state/selectors';

/** The tab's title names the view shown: "Compare — Cluster Atlas". */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const view = useView();
  useEffect(() => {
    document.title = `${t(`nav.${view}`)} — ${t('app.name')}`;
  }, [view, t]);
}

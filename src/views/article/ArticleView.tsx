import { useTranslation } from 'react-i18next';
import { ViewTitle } from '../shared/ViewTitle';

/** The source article, readable (view=article). */
export function ArticleView() {
  const { t } = useTranslation();
  return <ViewTitle>{t('nav.article')}</ViewTitle>;
}

import { useTranslation } from 'react-i18next';
import { ViewTitle } from '../shared/ViewTitle';

/** One model's page (view=model). */
export function ModelPage() {
  const { t } = useTranslation();
  return <ViewTitle>{t('nav.model')}</ViewTitle>;
}

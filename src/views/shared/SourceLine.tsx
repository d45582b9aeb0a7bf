import { useTranslation } from 'react-i18next';
import { useBundle } from '../../state/selectors';

/** Where the material comes from, with a way to read how it was coded. */
export function SourceLine() {
  const { t } = useTranslation();
  const source = useBundle().sources[0];
  if (!source) return null;
  return (
    <p className="source-line">
      {t('app.sourceLine', { title: source.title, paragraphs: source.paragraphs })}{' '}
      <a href="?view=sources">{t('nav.sources')}</a>
    </p>
  );
}

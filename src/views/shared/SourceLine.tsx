import { useTranslation } from '../../i18n/react';
import { useBundle } from '../../state/selectors';
import { useLinkTo } from '../../state/links';

/** Where the material comes from, with a way to read how it was coded. */
export function SourceLine() {
  const { t } = useTranslation();
  const source = useBundle().sources[0];
  // The method page in the same language and with the same models as the page it is cited on.
  const linkTo = useLinkTo();
  if (!source) return null;
  return (
    <p className="source-line">
      {t('app.sourceLine', { title: source.title, paragraphs: source.paragraphs })}{' '}
      <a href={linkTo({ view: 'sources', evidence: null, focus: null, tour: null })}>
        {t('nav.sources')}
      </a>
    </p>
  );
}

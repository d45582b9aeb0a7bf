import { Fragment } from 'react';
import { useTranslation } from '../i18n/react';
import type { Coder } from '../corpus/schema';
import { useTextLang } from '../state/selectors';

/** Coders' names in a row ("First coding, Reconciled"), each in its own language until translated. */
export function CoderNames({ coders }: { coders: readonly Coder[] }) {
  const { t } = useTranslation();
  const langOf = useTextLang();
  return (
    <>
      {coders.map((c, i) => (
        <Fragment key={c.id}>
          {i > 0 ? t('codingsEvidence.nameSeparator') : null}
          <span lang={langOf(c.name)}>{c.name}</span>
        </Fragment>
      ))}
    </>
  );
}

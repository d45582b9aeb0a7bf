import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import { useTextLang } from '../../state/selectors';
import type { ShownCoding } from './useShownCoding';

/**
 * The chart tools' choice of coder: the views redraw as that coder coded the corpus, and the URL
 * gets `coding=`. Shown only where the corpus has several coders.
 */
export function CodingSelect({ shown }: { shown: ShownCoding }) {
  const { t } = useTranslation();
  const id = useId();
  const langOf = useTextLang();
  if (shown.coders.length < 2) return null;
  return (
    <div className="coding-select">
      <label htmlFor={id}>{t('codings.control.label')}</label>
      <select id={id} value={shown.current} onChange={(e) => shown.choose(e.target.value)}>
        {shown.coders.map((c) => (
          <option key={c.id} value={c.id} lang={langOf(c.name)}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

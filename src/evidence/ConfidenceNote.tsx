import { useTranslation } from '../i18n/react';
import type { Confidence } from '../corpus/schema';

/** Says the confidence of a coded value in words, so it never rests on a colour or an icon. */
export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <span className={`confidence confidence--${confidence}`}>
      {' '}
      ({t(`confidence.${confidence}`)})
    </span>
  );
}

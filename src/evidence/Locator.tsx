import { useTranslation } from 'react-i18next';

/**
 * One locator form everywhere: the article's own paragraph number, "[p31]" (in the page's
 * language: "[абз. 31]"), with the paragraph spelled out for a pointer's tooltip.
 */
export function Locator({ locator }: { locator: string }) {
  const { t } = useTranslation();
  const number = locator.replace(/^p/, '');
  return (
    <span className="locator" title={t('evidence.paragraph', { number })}>
      [{t('evidence.locator', { number })}]
    </span>
  );
}

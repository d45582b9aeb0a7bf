import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Profile } from '../../corpus/profile';
import { absoluteUrl, hrefFor } from '../../state/url';

/** The link that reopens this profile, with a copy button. */
export function FitShare({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState('');
  const shareUrl = absoluteUrl(hrefFor({ view: 'fit', profile }));
  return (
    <section aria-labelledby="share-title" className="fit-share">
      <h2 id="share-title">{t('fit.shareTitle')}</h2>
      <p className="muted">{t('fit.shareText')}</p>
      <div className="button-row">
        <label className="visually-hidden" htmlFor="share-link">
          {t('fit.shareTitle')}
        </label>
        <input
          id="share-link"
          className="share-input"
          type="text"
          readOnly
          value={shareUrl}
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(shareUrl).then(
              () => setCopied(t('fit.copied')),
              () => setCopied(t('fit.copyFailed')),
            )
          }
        >
          {t('fit.copy')}
        </button>
        <span role="status">{copied}</span>
      </div>
    </section>
  );
}

/** While a user's corpus is shown, says so on every view, with one click back to the bundled one. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/selectors';
import type { AppState } from '../state/store';
import { markStateChange } from '../lib/perf';

const selectOrigin = (s: AppState) => s.corpusOrigin;
const selectBack = (s: AppState) => s.showBundledCorpus;
const selectCount = (s: AppState) =>
  s.corpus.status === 'ready' ? s.corpus.bundle.models.length : 0;

export function CorpusBanner() {
  const { t } = useTranslation();
  const origin = useAppStore(selectOrigin);
  const back = useAppStore(selectBack);
  const count = useAppStore(selectCount);
  if (origin.kind !== 'user') return null;
  return (
    <section
      className="corpus-banner"
      aria-label={t('userCorpus.banner', { name: origin.name, count })}
    >
      <p>
        <strong>{t('userCorpus.banner', { name: origin.name, count })}</strong>
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          markStateChange();
          back();
        }}
      >
        {t('userCorpus.back')}
      </button>
    </section>
  );
}

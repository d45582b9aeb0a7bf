/** While a user's corpus is shown, says so on every view, with one click back to the bundled one. */
import { useTranslation } from '../i18n/react';
import { useAppStore } from '../state/selectors';
import type { AppState } from '../state/store';
import { markStateChange } from '../lib/perf';
import { FillSlot, SLOT } from '../lib/FillSlot';
import { shownText } from '../lib/untrusted-text';

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
  // The name is the user's file name: capped and cleaned of bidi controls, isolated where shown.
  return (
    <section
      className="corpus-banner"
      aria-label={t('userCorpus.banner', { name: shownText(origin.name), count })}
    >
      <p>
        <strong>
          <FillSlot sentence={t('userCorpus.banner', { name: SLOT, count })} text={origin.name} />
        </strong>
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

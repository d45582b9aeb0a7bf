import { useTranslation } from '../i18n/react';
import type { CorpusStatus } from '../state/store';

type ErrorStatus = Extract<CorpusStatus, { status: 'error' }>;

/** What went wrong with the corpus, where, and what to do; every problem listed, none hidden. */
export function CorpusError({ error, onRetry }: { error: ErrorStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="corpus-error" role="alert">
      <h1>{t('error.title')}</h1>
      <p>
        {error.kind === 'network'
          ? t('error.network', { url: 'corpus.json', reason: error.detail })
          : t('error.invalid', { count: error.problems.length })}
      </p>
      {error.problems.length > 0 ? (
        <ul className="problem-list">
          {error.problems.map((p) => (
            <li key={p}>
              {/* The checker's own lines (path, problem, what it expected) are written in English. */}
              <code lang="en">{p}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <p>{t('error.whatToDo')}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

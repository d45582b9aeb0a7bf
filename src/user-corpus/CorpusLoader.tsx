/**
 * The dialog that loads a user's corpus: a file picker and a drop zone, progress while the
 * worker checks the files, and, when something is wrong, every problem by file with where it is,
 * what is wrong and what was expected. Nothing changes until a corpus is valid.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { loadUserCorpus } from '../corpus/load-user-corpus';
import type { FileProblem, Progress } from '../corpus/user-corpus';
import { useAppStoreApi } from '../state/selectors';
import { Dialog } from '../lib/Dialog';
import { markStateChange } from '../lib/perf';

/** Problems shown per file; the rest are counted (a broken 5 MB file can hold thousands). */
const SHOWN_PER_FILE = 40;

type LoadState =
  | { kind: 'idle' }
  | { kind: 'checking'; progress: Progress | null }
  | { kind: 'failed'; problems: FileProblem[] };

export function groupByFile(problems: readonly FileProblem[]): [string, FileProblem[]][] {
  const groups = new Map<string, FileProblem[]>();
  for (const p of problems) groups.set(p.file, [...(groups.get(p.file) ?? []), p]);
  return [...groups];
}

export function CorpusLoader({
  initialFiles,
  onClose,
  onLoaded,
}: {
  initialFiles: readonly File[] | null;
  onClose: () => void;
  onLoaded: (name: string, count: number) => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [state, setState] = useState<LoadState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const started = useRef<readonly File[] | null>(null);
  const inputId = useId();

  const load = (files: readonly File[]) => {
    const bundled = store.getState().bundledCorpus;
    if (!bundled || files.length === 0) return;
    setState({ kind: 'checking', progress: null });
    void loadUserCorpus(files, bundled, (progress) =>
      setState({ kind: 'checking', progress }),
    ).then((result) => {
      if (!result.ok) {
        setState({ kind: 'failed', problems: result.problems });
        return;
      }
      markStateChange();
      store.getState().showUserCorpus(result.bundle, result.name);
      onLoaded(result.name, result.bundle.models.length);
    });
  };

  // Files dropped on the page open this dialog with them: start at once, once.
  useEffect(() => {
    if (initialFiles && started.current !== initialFiles) {
      started.current = initialFiles;
      load(initialFiles);
    }
  });

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setDragging(false);
    load([...e.dataTransfer.files]);
  };

  const progress = state.kind === 'checking' ? state.progress : null;
  return (
    <Dialog title={t('userCorpus.title')} closeLabel={t('share.close')} onClose={onClose}>
      <div className="corpus-loader">
        <p>{t('userCorpus.intro')}</p>
        <div
          className={dragging ? 'drop-zone drop-zone--over' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId} className="file-label">
            {t('userCorpus.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              load([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
          <span>{t('userCorpus.drop')}</span>
        </div>
        <p className="muted">
          {t('userCorpus.limits')}{' '}
          <a href="?view=sources#corpus-format" target="_blank" rel="noopener">
            {t('userCorpus.format')}
          </a>
        </p>
        <div aria-live="polite">
          {state.kind === 'checking' ? (
            <div className="corpus-loader__progress" role="status">
              <progress
                aria-label={t('userCorpus.progressLabel')}
                max={progress?.total || 1}
                value={progress ? progress.done : undefined}
              />
              <span>
                {progress
                  ? t(`userCorpus.progress.${progress.phase}`, {
                      done: Math.min(progress.done + 1, progress.total),
                      total: progress.total,
                    })
                  : t('userCorpus.progress.reading', { done: 1, total: 1 })}
              </span>
            </div>
          ) : null}
        </div>
        {state.kind === 'failed' ? (
          <div className="corpus-loader__problems" role="alert">
            <p>
              <strong>{t('userCorpus.failed', { count: state.problems.length })}</strong>
            </p>
            {groupByFile(state.problems).map(([file, problems]) => (
              <section key={file} aria-label={file}>
                <h3>{file}</h3>
                <ul>
                  {problems.slice(0, SHOWN_PER_FILE).map((p, i) => (
                    <li key={i}>
                      <code>{p.where}</code>:{' '}
                      {t('userCorpus.problemLine', { problem: p.problem, expected: p.expected })}
                    </li>
                  ))}
                </ul>
                {problems.length > SHOWN_PER_FILE ? (
                  <p>{t('userCorpus.moreProblems', { count: problems.length - SHOWN_PER_FILE })}</p>
                ) : null}
              </section>
            ))}
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}

import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { firstOf, formatIssue, fromZodIssues } from '../../corpus/issues';
import { downloadText } from '../../export/bundle';
import { parseJsonText } from '../../corpus/json-text';
import { useAppStore } from '../../state/selectors';
import type { AppState } from '../../state/store';
import type { Profile } from '../../corpus/profile';
import { PROFILE_FILE_FORMAT, profileFileSchema } from '../../corpus/profile-files';
import { readFileText } from '../../corpus/read-file-text';
import { useSavedProfiles } from '../../profile/saved-profiles';

const selectSetProfile = (s: AppState) => s.setProfile;

/**
 * Named profiles kept in this browser, one disclosure under the questions: save, load, rename,
 * delete, export and import as JSON.
 * `current` is null while there is no profile yet: nothing to save, the rest still works.
 */
export function SavedProfiles({ current }: { current: Profile | null }) {
  const { t } = useTranslation();
  const setProfile = useAppStore(selectSetProfile);
  const { shelf, actions } = useSavedProfiles();
  const saved = shelf.saved;
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);
  const importId = useId();
  const titleId = useId();
  // Folded under the questions, unless the page opened with no profile but saved ones to load.
  const [openAtFirst] = useState(() => current === null && saved.length > 0);

  const onImport = async (file: File | undefined) => {
    setErrors([]);
    if (!file) return;
    if (file.size > 1_000_000) {
      setErrors([t('fit.importTooLarge', { size: Math.round(file.size / 1000) })]);
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setErrors([t('fit.importUnreadable', { file: file.name })]);
      return;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      setErrors([
        t('fit.importNotJson', {
          file: file.name,
          line: parsed.line,
          column: parsed.column,
          problem: parsed.problem,
        }),
      ]);
      return;
    }
    const result = profileFileSchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      const { shown, more } = firstOf(fromZodIssues(result.error.issues));
      const lines = shown.map((issue) => `${file.name}: ${formatIssue(issue)}`);
      setErrors(more ? [...lines, t('userCorpus.moreProblems', { count: more })] : lines);
      return;
    }
    actions.addAll(result.data.profiles);
    setStatus(t('fit.imported', { count: result.data.profiles.length }));
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <details
      className="fit-disclosure saved-profiles"
      aria-labelledby={titleId}
      open={openAtFirst || undefined}
    >
      <summary id={titleId}>
        {t('fit.savedTitle')}
        {saved.length > 0 ? ` · ${saved.length}` : null}
      </summary>
      <div className="button-row">
        {current ? (
          <button
            type="button"
            onClick={() => {
              actions.save({ ...current, name: current.name.trim() || t('fit.defaultName') });
              setStatus(t('fit.saved', { name: current.name.trim() || t('fit.defaultName') }));
            }}
          >
            {t('fit.save')}
          </button>
        ) : null}
        <button
          type="button"
          className="secondary"
          disabled={saved.length === 0}
          onClick={() =>
            downloadText(
              'cluster-atlas-profiles.json',
              `${JSON.stringify({ format: PROFILE_FILE_FORMAT, version: 1, profiles: saved.map((s) => s.profile) }, null, 2)}\n`,
              'application/json',
            )
          }
        >
          {t('fit.export')}
        </button>
        <label htmlFor={importId} className="file-label">
          {t('fit.import')}
        </label>
        <input
          id={importId}
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onImport(e.target.files?.[0])}
        />
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {errors.length ? (
        <div role="alert" className="notice-inline">
          <p>{t('fit.importFailed')}</p>
          <ul className="problem-list">
            {errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {shelf.kept ? null : <p className="muted">{t('fit.notKept')}</p>}
      {saved.length === 0 ? (
        <p className="muted">{t('fit.noneSaved')}</p>
      ) : (
        <ul className="saved-list">
          {saved.map((s) => (
            <li key={s.id}>
              <label>
                <span className="visually-hidden">
                  {t('fit.renameLabel', { name: s.profile.name })}
                </span>
                <input
                  // A rename in another tab shows here too (the field is remounted with it).
                  key={s.profile.name}
                  type="text"
                  maxLength={80}
                  defaultValue={s.profile.name}
                  onBlur={(e) => {
                    const name = e.target.value.trim();
                    if (name && name !== s.profile.name) {
                      actions.rename(s.id, name);
                      setStatus(t('fit.renamed', { name }));
                    }
                  }}
                />
              </label>
              <button
                type="button"
                className="secondary"
                onClick={() => setProfile(s.profile)}
                aria-label={t('fit.loadLabel', { name: s.profile.name })}
              >
                {t('fit.load')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  actions.remove(s.id);
                  setStatus(t('fit.deleted', { name: s.profile.name }));
                }}
                aria-label={t('fit.deleteLabel', { name: s.profile.name })}
              >
                {t('fit.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

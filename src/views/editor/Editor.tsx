/**
 * The model editor (`?view=editor`): create a model, or re-code a copy of one, against the
 * codebook. Problems show beside each field as you type; the draft is kept in this browser; a
 * valid model downloads as a model file or joins "your corpus" to be seen in every view at once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { formatIssue } from '../../corpus/issues';
import type { JsonPath } from '../../corpus/issues';
import type { Codebook } from '../../corpus/schema';
import { downloadText } from '../../export/bundle';
import {
  useActions,
  useAppStore,
  useAppStoreApi,
  useBundle,
  useSourceBundle,
} from '../../state/selectors';
import type { AppState } from '../../state/store';
import { reportStorageNotice } from '../../state/storage';
import { markStateChange } from '../../lib/perf';
import {
  blankModel,
  checkDraft,
  copyOfModel,
  getAt,
  readDraft,
  saveDraft,
  setAt,
  unclaimedIssues,
  withModel,
} from './draft';
import type { Draft } from './draft';
import { IdListField, JsonField, PercentField, SelectField, TextField } from './fields';
import type { FieldContext } from './fields';

const LISTS = ['actors', 'instruments', 'examples', 'lessons', 'facts'] as const;
const selectOrigin = (s: AppState) => s.corpusOrigin;

/** Every path the form has a field for; problems elsewhere are listed above the form. */
function fieldPaths(codebook: Codebook, evidenceCount: number): JsonPath[] {
  const paths: JsonPath[] = [['id'], ['name'], ['iso3'], ['modelName'], ['summary']];
  for (const d of codebook.dimensions) {
    const at = ['codes', d.id];
    paths.push([...at, 'value'], [...at, 'confidence'], [...at, 'rationale'], [...at, 'evidence']);
  }
  paths.push(['codes', 'governanceLevel', 'lead'], ['codes', 'sectorFocus', 'sectors']);
  paths.push(['codes', 'firmHierarchy', 'structure']);
  for (let i = 0; i < evidenceCount; i++) paths.push(['evidence', i]);
  for (const list of LISTS) paths.push([list]);
  return paths;
}

function CodeFields({ codebook, ctx }: { codebook: Codebook; ctx: FieldContext }) {
  const { t } = useTranslation();
  const stored = getAt(ctx.draft, ['evidence']);
  const evidenceIds: unknown[] = Array.isArray(stored) ? stored : [];
  const idsHint = t('editor.evidenceIdsHint', {
    ids:
      evidenceIds
        .map((e) => String((e as { id?: unknown } | null)?.id ?? ''))
        .filter(Boolean)
        .join(', ') || '—',
  });
  const confidence = codebook.confidence.map((c) => ({ value: c.id, label: c.label }));
  return (
    <>
      {codebook.dimensions.map((d) => {
        const at = ['codes', d.id];
        return (
          <fieldset key={d.id} className="editor-group">
            <legend>{d.label}</legend>
            <p className="field-hint">{d.question}</p>
            {d.kind === 'ordinal' ? (
              <SelectField
                label={t('editor.value')}
                path={[...at, 'value']}
                ctx={ctx}
                options={(d.steps ?? []).map((s) => ({
                  value: s.value,
                  label: `${s.value} — ${s.label}`,
                }))}
              />
            ) : (
              <div className="editor-shares">
                <p className="field-hint">{t('editor.sharesHint')}</p>
                {(d.categories ?? []).map((c) => (
                  <PercentField
                    key={c.id}
                    label={c.label}
                    path={[...at, 'value', c.id]}
                    ctx={ctx}
                  />
                ))}
              </div>
            )}
            {d.id === 'governanceLevel' ? (
              <SelectField
                label={t('editor.lead')}
                path={[...at, 'lead']}
                ctx={ctx}
                options={(d.categories ?? []).map((c) => ({ value: c.id, label: c.label }))}
              />
            ) : null}
            {d.id === 'sectorFocus' ? (
              <JsonField
                label={t('editor.sectors')}
                hint={t('editor.sectorsHint')}
                path={[...at, 'sectors']}
                ctx={ctx}
              />
            ) : null}
            {d.id === 'firmHierarchy' ? (
              <JsonField
                label={t('editor.structure')}
                hint={t('editor.structureHint')}
                path={[...at, 'structure']}
                ctx={ctx}
              />
            ) : null}
            <SelectField
              label={t('editor.confidence')}
              path={[...at, 'confidence']}
              ctx={ctx}
              options={confidence}
            />
            <TextField
              label={t('editor.rationale')}
              hint={t('editor.rationaleHint')}
              path={[...at, 'rationale']}
              ctx={ctx}
              multiline
            />
            <IdListField
              label={t('editor.evidenceIds')}
              hint={idsHint}
              path={[...at, 'evidence']}
              ctx={ctx}
            />
          </fieldset>
        );
      })}
    </>
  );
}

function EvidenceFields({
  ctx,
  sources,
}: {
  ctx: FieldContext;
  sources: { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const entries = (getAt(ctx.draft, ['evidence']) as unknown[] | undefined) ?? [];
  const list = Array.isArray(entries) ? entries : [];
  return (
    <section aria-labelledby="editor-evidence">
      <h2 id="editor-evidence">{t('editor.evidenceTitle')}</h2>
      <p className="field-hint">{t('editor.evidenceIntro')}</p>
      {list.map((_, i) => (
        <fieldset key={i} className="editor-group">
          <legend>{t('editor.quoteN', { n: i + 1 })}</legend>
          <TextField label={t('editor.quoteId')} path={['evidence', i, 'id']} ctx={ctx} />
          <TextField
            label={t('editor.quote')}
            hint={t('editor.quoteHint')}
            path={['evidence', i, 'quote']}
            ctx={ctx}
            multiline
          />
          <TextField
            label={t('editor.locator')}
            hint={t('editor.locatorHint')}
            path={['evidence', i, 'locator']}
            ctx={ctx}
          />
          <SelectField
            label={t('editor.source')}
            path={['evidence', i, 'source']}
            ctx={ctx}
            options={[
              { value: '', label: t('editor.sourceDefault') },
              ...sources.map((s) => ({ value: s.id, label: s.title })),
            ]}
          />
          <IdListField
            label={t('editor.cites')}
            hint={t('editor.citesHint')}
            path={['evidence', i, 'cites']}
            ctx={ctx}
          />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              ctx.change(
                ['evidence'],
                list.filter((__, j) => j !== i),
              )
            }
          >
            {t('editor.removeQuote', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          ctx.change(
            ['evidence'],
            [...list, { id: `q${list.length + 1}`, quote: '', locator: 'p1', cites: [] }],
          )
        }
      >
        {t('editor.addQuote')}
      </button>
    </section>
  );
}

export function Editor() {
  const { t } = useTranslation();
  // The editor edits the corpus as written; its labels and hints are in the reader's language.
  const bundle = useSourceBundle();
  const shown = useBundle();
  const store = useAppStoreApi();
  const origin = useAppStore(selectOrigin);
  const { setView } = useActions();
  const [stored] = useState(() => readDraft());
  const [draft, setDraft] = useState<Draft>(() =>
    stored.status === 'ok' ? stored.draft : blankModel(bundle.codebook),
  );
  // A stored draft that cannot be shown is named, and kept aside when a new draft is saved.
  const unreadable = useRef(stored.status === 'setAside' ? stored.raw : undefined);
  useEffect(() => {
    if (stored.status === 'setAside')
      reportStorageNotice({
        kind: 'setAside',
        area: 'draft',
        names: stored.name ? [stored.name] : [],
      });
  }, [stored]);
  // Text fields keep what is typed; a new start remounts them with the new draft's values.
  const [generation, setGeneration] = useState(0);
  const [previous, setPrevious] = useState<Draft | null>(null);
  const [copyFrom, setCopyFrom] = useState(bundle.models[0]?.id ?? '');
  const [added, setAdded] = useState<string | null>(null);
  const [saved, setSaved] = useState(true);
  // Problems show field by field as each is left; this shows them all at once, on request.
  const [revealAll, setRevealAll] = useState(false);

  const check = useMemo(() => checkDraft(draft, bundle.codebook), [draft, bundle.codebook]);

  /** Every change is saved at once: closing the tab loses nothing. */
  const commit = (next: Draft) => {
    setDraft(next);
    setSaved(saveDraft(next, undefined, unreadable.current));
    unreadable.current = undefined;
  };
  const change = (path: JsonPath, value: unknown) => {
    setAdded(null);
    // A select set to "" means "not given": the key is left out, as the format expects.
    const given = value === '' && path.at(-1) === 'source' ? undefined : value;
    commit(setAt(draft, path, given) as Draft);
  };
  const ctx: FieldContext = { draft, issues: check.issues, change, revealAll };

  const start = (next: Draft) => {
    setPrevious(draft);
    commit(next);
    setGeneration((g) => g + 1);
    setAdded(null);
    setRevealAll(false);
  };
  const undoStart = () => {
    if (!previous) return;
    commit(previous);
    setPrevious(null);
    setGeneration((g) => g + 1);
  };

  const evidenceCount = Array.isArray(draft.evidence) ? draft.evidence.length : 0;
  const others = unclaimedIssues(check.issues, fieldPaths(bundle.codebook, evidenceCount));
  const model = check.model;
  const replaces = model ? bundle.models.find((m) => m.id === model.id) : undefined;

  const addToCorpus = () => {
    if (!model) return;
    const result = withModel(bundle, model);
    if (!result.ok) {
      setAdded(result.issues.map(formatIssue).join('; '));
      return;
    }
    markStateChange();
    store
      .getState()
      .showUserCorpus(result.value, origin.kind === 'user' ? origin.name : t('editor.corpusName'));
    setAdded(t('editor.added', { name: model.name, count: result.value.models.length }));
  };

  return (
    <>
      <h1>{t('editor.title')}</h1>
      <p className="lead">{t('editor.intro')}</p>

      <section aria-labelledby="editor-start" className="editor-start">
        <h2 id="editor-start">{t('editor.startTitle')}</h2>
        <div className="editor-start__row">
          <button
            type="button"
            className="secondary"
            onClick={() => start(blankModel(bundle.codebook))}
          >
            {t('editor.startNew')}
          </button>
          <label htmlFor="editor-copy-from">{t('editor.copyOf')}</label>
          <select
            id="editor-copy-from"
            value={copyFrom}
            onChange={(e) => setCopyFrom(e.target.value)}
          >
            {shown.models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const source = bundle.models.find((m) => m.id === copyFrom);
              if (source) start(copyOfModel(source, new Set(bundle.models.map((m) => m.id))));
            }}
          >
            {t('editor.startCopy')}
          </button>
          {previous ? (
            <button type="button" className="secondary" onClick={undoStart}>
              {t('editor.undoStart')}
            </button>
          ) : null}
        </div>
      </section>

      <section className="editor-status" aria-labelledby="editor-status">
        <h2 id="editor-status">{t('editor.statusTitle')}</h2>
        <p role="status" className={model ? 'editor-status__ok' : 'editor-status__problems'}>
          {model
            ? t('editor.statusValid')
            : t('editor.statusProblems', { count: check.issues.length })}{' '}
          <span className="muted">
            {saved ? t('editor.draftSaved') : t('editor.draftNotSaved')}
          </span>
        </p>
        {!model && !revealAll ? (
          <button type="button" className="secondary" onClick={() => setRevealAll(true)}>
            {t('editor.revealAll')}
          </button>
        ) : null}
        {others.length ? (
          <>
            <h3>{t('editor.otherProblems')}</h3>
            <ul className="field-problems">
              {others.map((i, n) => (
                <li key={n}>{formatIssue(i)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="editor-status__actions">
          <button
            type="button"
            disabled={!model}
            onClick={() =>
              model &&
              downloadText(
                `${model.id}.json`,
                `${JSON.stringify(model, null, 2)}\n`,
                'application/json',
              )
            }
          >
            {t('editor.download')}
          </button>
          <button type="button" disabled={!model} onClick={addToCorpus}>
            {t('editor.add')}
          </button>
          {replaces ? (
            <span className="muted">{t('editor.replaces', { name: replaces.name })}</span>
          ) : null}
        </div>
        {added ? (
          <p role="status" className="editor-added">
            {added}{' '}
            <button type="button" className="link-button" onClick={() => setView('state-role')}>
              {t('nav.state-role')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setView('compare')}>
              {t('nav.compare')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setView('overview')}>
              {t('nav.overview')}
            </button>
          </p>
        ) : null}
      </section>

      <form
        className="editor-form"
        key={generation}
        onSubmit={(e) => e.preventDefault()}
        noValidate
      >
        <section aria-labelledby="editor-identity">
          <h2 id="editor-identity">{t('editor.identity')}</h2>
          <TextField
            label={t('editor.id')}
            hint={t('editor.idHint')}
            plainProblem={t('editor.idProblem')}
            path={['id']}
            ctx={ctx}
          />
          <TextField label={t('editor.name')} path={['name']} ctx={ctx} />
          <TextField
            label={t('editor.iso3')}
            hint={t('editor.iso3Hint')}
            path={['iso3']}
            ctx={ctx}
          />
          <TextField label={t('editor.modelName')} path={['modelName']} ctx={ctx} />
          <TextField label={t('editor.summary')} path={['summary']} ctx={ctx} multiline />
        </section>
        <section aria-labelledby="editor-codes">
          <h2 id="editor-codes">{t('editor.codesTitle')}</h2>
          <CodeFields codebook={shown.codebook} ctx={ctx} />
        </section>
        <EvidenceFields ctx={ctx} sources={bundle.sources} />
        <section aria-labelledby="editor-lists">
          <h2 id="editor-lists">{t('editor.listsTitle')}</h2>
          <p className="field-hint">{t('editor.listsHint')}</p>
          {LISTS.map((list) => (
            <JsonField key={list} label={t(`editor.list.${list}`)} path={[list]} ctx={ctx} />
          ))}
        </section>
      </form>
    </>
  );
}

import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { bundleJson, downloadText } from './bundle';
import { citeBibtex, citePlain } from './cite';
import { selectionRows, toCsv } from './csv';
import { useBundle, useSelectedModels, useView } from '../state/selectors';
import { usePermalink } from '../state/links';
import { Dialog } from '../lib/Dialog';
import { useKeyLayer } from '../lib/keyboard-stack';

// "Add this view to a tour…" (tours/): its code loads when it is chosen.
const AddStepDialog = lazy(() => import('../tours/AddStepDialog'));

function CopyField({ label, value, rows = 3 }: { label: string; value: string; rows?: number }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  return (
    <div className="copy-field">
      <label>
        <span className="copy-field__label">{label}</span>
        <textarea readOnly rows={rows} value={value} onFocus={(e) => e.target.select()} />
      </label>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void navigator.clipboard?.writeText(value).then(
            () => setStatus(t('share.copied')),
            () => setStatus(t('share.copyFailed')),
          )
        }
      >
        {t('share.copy')}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}

/** Take away what you see: link, embed snippet, citation, data as CSV, corpus as JSON. */
export function ShareTools() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const view = useView();
  const [dialog, setDialog] = useState<'embed' | 'cite' | 'tour' | null>(null);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  useKeyLayer('menu', { onEscape: () => setOpen(false) }, open);
  const url = usePermalink();
  const embedUrl = usePermalink({ embed: true });
  const viewTitle = t(`nav.${view}`);
  const date = new Date().toISOString().slice(0, 10);
  const source = bundle.sources[0];
  const cite = {
    viewTitle,
    url,
    codebookVersion: bundle.codebook.version,
    date,
    article: source ? { title: source.title, kind: source.kind } : null,
  };
  const plain = citePlain(cite);
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;')}" title="${t('share.embedTitle', { view: viewTitle })}" width="100%" height="640" loading="lazy" style="border:0"></iframe>`;

  const act = (fn: () => void) => () => {
    setOpen(false);
    fn();
  };
  return (
    <div className="share-tools">
      <button
        type="button"
        className="secondary share-tools__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
      >
        {t('share.label')}
      </button>
      {open ? (
        <ul
          id={menuId}
          className="export-menu__list share-tools__list"
          aria-label={t('share.label')}
        >
          <li>
            <button
              type="button"
              onClick={act(
                () =>
                  void navigator.clipboard?.writeText(url).then(
                    () => setStatus(t('share.linkCopied')),
                    () => setStatus(t('share.copyFailed')),
                  ),
              )}
            >
              {t('share.copyLink')}
            </button>
          </li>
          <li>
            <button type="button" onClick={act(() => setDialog('embed'))}>
              {t('share.embed')}
            </button>
          </li>
          <li>
            <button type="button" onClick={act(() => setDialog('cite'))}>
              {t('share.cite')}
            </button>
          </li>
          {view === 'tours' ? null : (
            <li>
              <button type="button" onClick={act(() => setDialog('tour'))}>
                {t('tourMaker.addMenu')}
              </button>
            </li>
          )}
          <li>
            <button
              type="button"
              onClick={act(() => {
                downloadText(
                  'cluster-atlas-selection.csv',
                  toCsv(selectionRows(models, bundle.codebook)),
                  'text/csv',
                );
                setStatus(t('share.csvSaved', { count: models.length }));
              })}
            >
              {t('share.csv')}
            </button>
          </li>
          <li>
            <button
              type="button"
              onClick={act(() => {
                downloadText('cluster-atlas-corpus.json', bundleJson(bundle), 'application/json');
                setStatus(t('share.jsonSaved'));
              })}
            >
              {t('share.json')}
            </button>
          </li>
        </ul>
      ) : null}
      <span role="status" className="muted">
        {status}
      </span>
      {dialog === 'embed' ? (
        <Dialog
          title={t('share.embedDialog')}
          closeLabel={t('share.close')}
          onClose={() => setDialog(null)}
        >
          <p>{t('share.embedText')}</p>
          <CopyField label={t('share.embedCode')} value={snippet} rows={4} />
          <CopyField label={t('share.embedUrl')} value={embedUrl} rows={2} />
        </Dialog>
      ) : null}
      {dialog === 'cite' ? (
        <Dialog
          title={t('share.citeDialog')}
          closeLabel={t('share.close')}
          onClose={() => setDialog(null)}
        >
          <CopyField label={t('share.citeApp')} value={plain.app} />
          {plain.article ? (
            <CopyField label={t('share.citeArticle')} value={plain.article} rows={2} />
          ) : null}
          <CopyField label={t('share.bibtex')} value={citeBibtex(cite)} rows={10} />
        </Dialog>
      ) : null}
      {dialog === 'tour' ? (
        <Suspense fallback={null}>
          <AddStepDialog onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}

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
type ShareDialogKind = 'embed' | 'cite' | 'tour';

/**
 * "Share and export": a button, its menu and its dialogs. Closed, it follows nothing but itself:
 * the link, the citation and the selection are read by the menu and the dialogs while they are
 * open. (It wrote the link, the embed code and the citation on every change of selection, with
 * 200 models some 4–8 ms of each change at 4× throttle, profiled, while nobody was reading them.)
 */
export function ShareTools() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<ShareDialogKind | null>(null);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  useKeyLayer('menu', { onEscape: () => setOpen(false) }, open);
  const close = () => setDialog(null);
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
        <ShareMenu
          id={menuId}
          onChoose={(then) => {
            setOpen(false);
            then();
          }}
          onDialog={setDialog}
          onStatus={setStatus}
        />
      ) : null}
      <span role="status" className="muted">
        {status}
      </span>
      {dialog === 'embed' ? <EmbedDialog onClose={close} /> : null}
      {dialog === 'cite' ? <CiteDialog onClose={close} /> : null}
      {dialog === 'tour' ? (
        <Suspense fallback={null}>
          <AddStepDialog onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** What a citation of the view shown says, and the links it gives. */
function useCitation() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const view = useView();
  const url = usePermalink();
  const embedUrl = usePermalink({ embed: true });
  const viewTitle = t(`nav.${view}`);
  const source = bundle.sources[0];
  const cite = {
    viewTitle,
    url,
    codebookVersion: bundle.codebook.version,
    date: new Date().toISOString().slice(0, 10),
    article: source ? { title: source.title, kind: source.kind } : null,
  };
  return { url, embedUrl, viewTitle, cite };
}

function ShareMenu({
  id,
  onChoose,
  onDialog,
  onStatus,
}: {
  id: string;
  /** Closes the menu, then does what was chosen. */
  onChoose: (then: () => void) => void;
  onDialog: (dialog: ShareDialogKind) => void;
  onStatus: (status: string) => void;
}) {
  const { t } = useTranslation();
  const bundle = useBundle();
  const models = useSelectedModels();
  const view = useView();
  const url = usePermalink();
  const act = (fn: () => void) => () => onChoose(fn);
  return (
    <ul id={id} className="export-menu__list share-tools__list" aria-label={t('share.label')}>
      <li>
        <button
          type="button"
          onClick={act(
            () =>
              void navigator.clipboard?.writeText(url).then(
                () => onStatus(t('share.linkCopied')),
                () => onStatus(t('share.copyFailed')),
              ),
          )}
        >
          {t('share.copyLink')}
        </button>
      </li>
      <li>
        <button type="button" onClick={act(() => onDialog('embed'))}>
          {t('share.embed')}
        </button>
      </li>
      <li>
        <button type="button" onClick={act(() => onDialog('cite'))}>
          {t('share.cite')}
        </button>
      </li>
      {view === 'tours' ? null : (
        <li>
          <button type="button" onClick={act(() => onDialog('tour'))}>
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
            onStatus(t('share.csvSaved', { count: models.length }));
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
            onStatus(t('share.jsonSaved'));
          })}
        >
          {t('share.json')}
        </button>
      </li>
    </ul>
  );
}

function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { embedUrl, viewTitle } = useCitation();
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;')}" title="${t('share.embedTitle', { view: viewTitle })}" width="100%" height="640" loading="lazy" style="border:0"></iframe>`;
  return (
    <Dialog title={t('share.embedDialog')} closeLabel={t('share.close')} onClose={onClose}>
      <p>{t('share.embedText')}</p>
      <CopyField label={t('share.embedCode')} value={snippet} rows={4} />
      <CopyField label={t('share.embedUrl')} value={embedUrl} rows={2} />
    </Dialog>
  );
}

function CiteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { cite } = useCitation();
  const plain = citePlain(cite);
  return (
    <Dialog title={t('share.citeDialog')} closeLabel={t('share.close')} onClose={onClose}>
      <CopyField label={t('share.citeApp')} value={plain.app} />
      {plain.article ? (
        <CopyField label={t('share.citeArticle')} value={plain.article} rows={2} />
      ) : null}
      <CopyField label={t('share.bibtex')} value={citeBibtex(cite)} rows={10} />
    </Dialog>
  );
}

import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { deriveEvidenceView } from './derive';
import type { CodeEvidence, ListItem } from './derive';
import { useCodeValueText } from './code-value-text';
import {
  useActions,
  useBundle,
  useEvidenceTarget,
  useLang,
  useReconciledBundle,
  useTextLang,
} from '../state/selectors';
import { afterColon } from '../i18n/format';
import { EvidenceQuote } from './EvidenceQuote';
import { Dialog } from '../lib/Dialog';
import { hasSeveralCodings } from '../corpus/codings';
import { CodingsEvidence } from './CodingsEvidence';
import { useChosenCoding } from './coding-state';

function CodeFacts({ view }: { view: CodeEvidence }) {
  const { t } = useTranslation();
  const lang = useLang();
  const valueText = useCodeValueText();
  const langOf = useTextLang();
  return (
    <>
      <dl className="evidence-facts">
        <div>
          <dt>{t('evidencePanel.value')}</dt>
          <dd>
            {valueText(view, { markLead: true })}
            {view.step ? ` — ${view.step.label}` : ''}
          </dd>
        </div>
        {view.step ? (
          <div>
            <dt>{t('evidencePanel.step')}</dt>
            <dd>{view.step.definition}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('evidencePanel.confidence')}</dt>
          <dd>
            {t(`confidence.${view.confidence}`)} —{' '}
            {langOf(view.confidenceDefinition)
              ? view.confidenceDefinition
              : afterColon(lang, view.confidenceDefinition)}
          </dd>
        </div>
      </dl>
      <h3>{t('evidencePanel.rationale')}</h3>
      <p lang={langOf(view.rationale)}>{view.rationale}</p>
      <h3>{t('evidencePanel.quotes', { count: view.quotes.length })}</h3>
      {view.quotes.map((q) => (
        <EvidenceQuote key={q.id} evidence={q} />
      ))}
    </>
  );
}

function ListEntries({ items }: { items: ListItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="evidence-list">
      {items.map((item) => {
        const title =
          item.heading.kind === 'label' ? item.heading.text : t(`compare.${item.heading.lesson}`);
        return (
          <li key={`${title}-${item.text}`}>
            <h3>{title}</h3>
            <p>{item.text}</p>
            {item.quotes.map((q) => (
              <EvidenceQuote key={q.id} evidence={q} />
            ))}
          </li>
        );
      })}
    </ul>
  );
}

/** The evidence behind one coded judgement or entry list, in the app's one Dialog (side panel). */
export default function EvidencePanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const langOf = useTextLang();
  const bundle = useBundle();
  const target = useEvidenceTarget();
  const { closeEvidence } = useActions();
  const model = bundle.models.find((m) => m.id === target?.model);
  const view = useMemo(
    () => (model && target ? deriveEvidenceView(model, target.key, bundle.codebook) : null),
    [model, target, bundle],
  );
  // Several coders: the codings side by side, read from the corpus as written (whose codes'
  // own fields are the reconciled coding), whichever coder the charts draw now.
  const chosen = useChosenCoding();
  const written = useReconciledBundle();
  const reconciled = written && hasSeveralCodings(written) ? written : null;
  const reconciledModel = reconciled?.models.find((m) => m.id === target?.model);
  if (!target || !view) return null;
  const label = view.kind === 'code' ? view.label : t(`compare.${view.key}`);
  return (
    // A new target (a tour moving on) is a new dialog: focus moves to its title again.
    <Dialog
      key={`${target.model}.${target.key}`}
      variant="side-panel"
      titleId="evidence-title"
      fallbackFocusId="main"
      title={`${view.modelName}: ${langOf(label) ? label : afterColon(lang, label)}`}
      closeLabel={t('evidencePanel.close')}
      onClose={closeEvidence}
    >
      {view.kind === 'list' ? (
        <ListEntries items={view.items} />
      ) : reconciled && reconciledModel ? (
        <CodingsEvidence
          bundle={reconciled}
          model={reconciledModel}
          dimension={view.dimension}
          chosen={chosen}
        />
      ) : (
        <CodeFacts view={view} />
      )}
    </Dialog>
  );
}

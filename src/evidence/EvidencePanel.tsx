import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveEvidenceView } from './derive';
import { useActions, useBundle, useEvidenceTarget } from '../state/selectors';
import { EvidenceQuote } from './EvidenceQuote';
import { trapKeys } from '../lib/focusTrap';

export default function EvidencePanel() {
  const { t } = useTranslation();
  const bundle = useBundle();
  const target = useEvidenceTarget();
  const { closeEvidence } = useActions();
  const panelRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<Element | null>(null);
  const model = bundle.models.find((m) => m.id === target?.model);
  const view = useMemo(
    () =>
      model && target
        ? deriveEvidenceView(model, target.key, bundle.codebook, {
            actors: t('compare.actors'),
            instruments: t('compare.instruments'),
            lessons: t('compare.lessons'),
          })
        : null,
    [model, target, bundle, t],
  );

  useEffect(() => {
    if (!target) return;
    openerRef.current = document.activeElement;
    panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      const opener = openerRef.current;
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body)
        opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, [target]);

  useEffect(() => {
    if (!target) return;
    const onKeyDown = (e: KeyboardEvent) => trapKeys(e, panelRef.current, closeEvidence);
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [target, closeEvidence]);

  if (!target || !view) return null;

  return (
    <div className="evidence-backdrop">
      <div
        ref={panelRef}
        className="evidence-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="evidence-title"
      >
        <div className="evidence-panel__head">
          <h2 id="evidence-title" tabIndex={-1}>
            {view.modelName}: {view.label}
          </h2>
          <button type="button" onClick={closeEvidence} aria-label={t('evidencePanel.close')}>
            ×
          </button>
        </div>
        {view.kind === 'code' ? (
          <>
            <dl className="evidence-facts">
              <div>
                <dt>{t('evidencePanel.value')}</dt>
                <dd>
                  {view.step
                    ? `${view.value} — ${view.step.label}`
                    : view.parts
                        .map(
                          (p) =>
                            `${p.label} ${Math.round(p.share * 100)}%${p.lead ? ` (${t('governance.lead')})` : ''}`,
                        )
                        .join(', ')}
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
                  {t(`confidence.${view.confidence}`)} — {view.confidenceDefinition}
                </dd>
              </div>
            </dl>
            <h3>{t('evidencePanel.rationale')}</h3>
            <p>{view.rationale}</p>
            <h3>{t('evidencePanel.quotes', { count: view.quotes.length })}</h3>
            {view.quotes.map((q) => (
              <EvidenceQuote key={q.id} evidence={q} />
            ))}
          </>
        ) : (
          <ul className="evidence-list">
            {view.items.map((item) => (
              <li key={`${item.title}-${item.text}`}>
                <h3>{item.title}</h3>
                <p>{item.text}</p>
                {item.quotes.map((q) => (
                  <EvidenceQuote key={q.id} evidence={q} />
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

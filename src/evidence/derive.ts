/**
 * What the evidence panel shows for a model and a key: a coded value with its scale step,
 * confidence, rationale and quotes; or a list (actors, instruments, lessons) with each entry's quotes.
 */
import type { Codebook, Confidence, Evidence, Model } from '../corpus/schema';
import type { EvidenceKey } from '../corpus/vocabulary';

export interface CodeEvidence {
  kind: 'code';
  modelName: string;
  label: string;
  value: string;
  step: { label: string; definition: string } | null;
  parts: { label: string; share: number; lead: boolean }[];
  confidence: Confidence;
  confidenceDefinition: string;
  rationale: string;
  quotes: Evidence[];
}

export interface ListEvidence {
  kind: 'list';
  modelName: string;
  label: string;
  items: { title: string; text: string; quotes: Evidence[] }[];
}

export type EvidenceView = CodeEvidence | ListEvidence;

export function deriveEvidenceView(
  model: Model,
  key: EvidenceKey,
  codebook: Codebook,
  listLabels: Record<'actors' | 'instruments' | 'lessons', string>,
): EvidenceView {
  const byId = new Map(model.evidence.map((e) => [e.id, e]));
  const quotes = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  if (key === 'actors' || key === 'instruments' || key === 'lessons') {
    const items =
      key === 'actors'
        ? model.actors.map((a) => ({ title: a.label, text: a.role, quotes: quotes(a.evidence) }))
        : key === 'instruments'
          ? model.instruments.map((i) => ({
              title: i.label,
              text: i.description,
              quotes: quotes(i.evidence),
            }))
          : model.lessons.map((l) => ({ title: l.kind, text: l.text, quotes: quotes(l.evidence) }));
    return { kind: 'list', modelName: model.name, label: listLabels[key], items };
  }
  const dimension = codebook.dimensions.find((d) => d.id === key);
  const code = model.codes[key];
  const confidenceDefinition =
    codebook.confidence.find((c) => c.id === code.confidence)?.definition ?? '';
  let value: string;
  let step: CodeEvidence['step'] = null;
  let parts: CodeEvidence['parts'] = [];
  if (typeof code.value === 'number') {
    const s = dimension?.steps?.find((st) => st.value === code.value);
    value = `${code.value} of ${dimension?.steps?.length ?? 5}`;
    step = s ? { label: s.label, definition: s.definition } : null;
  } else {
    const lead = 'lead' in code ? code.lead : null;
    parts = Object.entries(code.value).map(([label, share]) => ({
      label,
      share,
      lead: label === lead,
    }));
    value = parts.map((p) => `${p.label} ${Math.round(p.share * 100)}%`).join(', ');
  }
  return {
    kind: 'code',
    modelName: model.name,
    label: dimension?.label ?? key,
    value,
    step,
    parts,
    confidence: code.confidence,
    confidenceDefinition,
    rationale: code.rationale,
    quotes: quotes(code.evidence),
  };
}

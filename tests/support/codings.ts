/**
 * Built coders, sources and codings for tests of several codings: one place for the fixtures the
 * unit and component tests share.
 */
import type { Coder, Confidence, Model, Source } from '../../src/corpus/schema';

export const buildCoder = (id: string, role: Coder['role'], name = `${id} name`): Coder => ({
  id,
  name,
  role,
  date: '2026-11',
  description: `the coder ${id}, described for tests`,
});

/** First coding, reviewer and reconciled, as "first", "review" and "reconciled". */
export const THREE_CODERS: readonly Coder[] = [
  buildCoder('first', 'original'),
  buildCoder('review', 'reviewer'),
  buildCoder('reconciled', 'reconciled'),
];

/** A source that describes the given coders. */
export const buildSource = (coders: readonly Coder[]): Source => ({
  id: 'article',
  title: 'An article',
  kind: 'article',
  description: 'an article described for the tests',
  language: 'English',
  paragraphs: 45,
  note: 'a note long enough to pass the schema',
  references: [],
  method: [{ heading: 'Method', text: 'a method text long enough to pass' }],
  coders: [...coders],
});

/**
 * The model with its state role at `reconciled`, and each other coder's step where `others` gives
 * one (coder id → step), at the given confidence and citing the built model's quote e1.
 */
export function withStateRole(
  model: Model,
  reconciled: number,
  others: Readonly<Record<string, number | undefined>> = {},
  confidence: Confidence = 'high',
): Model {
  const codings = Object.entries(others).flatMap(([coder, value]) =>
    value === undefined
      ? []
      : [
          {
            coder,
            value,
            confidence,
            rationale: 'a rationale long enough to pass',
            evidence: ['e1'],
          },
        ],
  );
  return {
    ...model,
    codes: {
      ...model.codes,
      stateRole: {
        ...model.codes.stateRole,
        value: reconciled,
        ...(codings.length ? { codings } : {}),
      },
    },
  };
}

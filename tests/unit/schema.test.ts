import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/corpus/issues';
import { validateBundle, validateModel } from '../../src/corpus/validate';
import { bundledCorpus, codebook, rawModel } from '../support/corpus';

const messagesFor = (raw: unknown) => {
  const result = validateModel(raw, codebook());
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('the bundled corpus', () => {
  it('validates, with the five models in the order the article treats them', () => {
    expect(bundledCorpus().models.map((m) => m.id)).toEqual([
      'italy',
      'france',
      'united-kingdom',
      'united-states',
      'japan',
    ]);
  });

  it('codes every model on every codebook dimension', () => {
    const { models, codebook: cb } = bundledCorpus();
    for (const model of models) {
      expect(Object.keys(model.codes).sort()).toEqual(cb.dimensions.map((d) => d.id).sort());
    }
  });

  it('says low confidence where it rests on inference and explains it in the rationale', () => {
    const low = bundledCorpus().models.flatMap((m) =>
      Object.values(m.codes).filter((c) => c.confidence === 'low'),
    );
    expect(low.length).toBeGreaterThan(0);
    for (const code of low)
      expect(code.rationale).toMatch(
        /infer|says little|silent|nothing|rough|names no|does not say/i,
      );
  });
});

describe('schema errors name the field, the problem and what was expected', () => {
  const cases: [string, (m: Record<string, any>) => unknown, string][] = [
    [
      'a missing dimension',
      (m) => (delete m.codes.universityIndustry, m),
      'codes.universityIndustry: is missing (expected an object)',
    ],
    [
      'a value off the scale',
      (m) => ((m.codes.stateRole.value = 0), m),
      'codes.stateRole.value: value 0 is off the scale (expected at least 1)',
    ],
    [
      'a wrong type',
      (m) => ((m.codes.firmHierarchy.value = 'high'), m),
      'codes.firmHierarchy.value: has the wrong type: the text "high" (expected a number)',
    ],
    [
      'a bad confidence word',
      (m) => ((m.codes.stateRole.confidence = 'certain'), m),
      'codes.stateRole.confidence: the text "certain" is not an allowed value (expected one of "high", "medium", "low")',
    ],
    [
      'a fractional ordinal',
      (m) => ((m.codes.stateRole.value = 2.5), m),
      'codes.stateRole.value: has the wrong type: number 2.5 (expected an int)',
    ],
    [
      'a share above 1',
      (m) => ((m.codes.sectorFocus.value.mixed = 1.5), m),
      'codes.sectorFocus.value.mixed: value 1.5 is off the scale (expected at most 1)',
    ],
    [
      'an unknown field',
      (m) => ((m.colour = 'red'), m),
      'colour: is not a field of this format (expected no such field; check its spelling against the format)',
    ],
    [
      'a bad locator',
      (m) => ((m.evidence[0].locator = 'para 3'), m),
      'evidence[0].locator: the text "para 3" has the wrong form (expected a paragraph locator such as p31)',
    ],
    [
      'an empty evidence list',
      (m) => ((m.lessons[0].evidence = []), m),
      'lessons[0].evidence: is empty (expected at least one item)',
    ],
    [
      'an array instead of an object',
      (m) => [m],
      '(root): has the wrong type: an array (expected an object)',
    ],
  ];
  it.each(cases)('%s', (_name, breakIt, message) => {
    expect(messagesFor(breakIt(rawModel('italy')))).toContain(message);
  });

  it('rejects a quote over 50 words', () => {
    const m = rawModel('italy') as Record<string, any>;
    m.evidence[0].quote = Array.from({ length: 51 }, () => 'word').join(' ');
    expect(messagesFor(m)).toContain(
      'evidence[0].quote: is too long (expected a quote of at most 50 words)',
    );
  });

  it('never throws, whatever the input', () => {
    for (const input of [null, undefined, 0, 'text', [], {}, { codes: null }, { models: 'x' }]) {
      expect(() => validateModel(input, codebook())).not.toThrow();
      expect(() => validateBundle(input)).not.toThrow();
      expect(validateBundle(input).ok).toBe(false);
    }
  });
});

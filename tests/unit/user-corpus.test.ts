import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDepth, checkFileSize, checkModelCount, nestingDepth } from '../../src/corpus/limits';
import { checkCorpusFiles } from '../../src/corpus/corpus-files';
import { readArticle } from '../../src/corpus/data-dir';
import { COMBINED, corpusName, toursForModels } from '../../src/corpus/user-corpus';
import type { InputFile, Progress } from '../../src/corpus/user-corpus';
import { bundledCorpus, rawModel } from '../support/corpus';
import { repoRoot } from '../support/paths';

const bundled = bundledCorpus();
const read = readArticle(join(repoRoot, 'data'));
if (!read.ok) throw new Error('data/source holds no article');
const article = read.article;
/** A user's files, checked as the browser checks them: against the bundled corpus and article. */
const check = (files: readonly InputFile[], onProgress?: (p: Progress) => void) =>
  checkCorpusFiles(files, { base: bundled, article }, onProgress);
const fixture = (dir: string, name: string): InputFile => {
  const text = readFileSync(join(repoRoot, 'tests', 'fixtures', dir, name), 'utf8');
  return { name, text, bytes: Buffer.byteLength(text) };
};
const asFile = (name: string, value: unknown): InputFile => {
  const text = JSON.stringify(value);
  return { name, text, bytes: Buffer.byteLength(text) };
};

describe('limits on what a user loads', () => {
  it('says which limit a file passes and by how much', () => {
    expect(checkFileSize(5 * 1024 * 1024)).toBeNull();
    expect(checkFileSize(6.5 * 1024 * 1024)?.message).toBe(
      'the file is 6.5 MB, 1.5 MB over the limit of 5.0 MB per file',
    );
    expect(checkModelCount(200)).toBeNull();
    expect(checkModelCount(230)?.message).toBe(
      'there are 230 models, 30 more than the limit of 200',
    );
    expect(checkDepth(`${'['.repeat(40)}${']'.repeat(40)}`)?.message).toBe(
      'arrays and objects are nested 40 levels deep, 8 more than the limit of 32',
    );
    expect(checkDepth(`${'['.repeat(32)}${']'.repeat(32)}`)).toBeNull();
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a": "[[[[{{{{", "b": [1, {"c": "\\"]]"}]}')).toBe(3);
    expect(
      nestingDepth(readFileSync(join(repoRoot, 'tests/fixtures/bundles/two-models.json'), 'utf8')),
    ).toBeLessThan(12);
  });

  it('never throws on any text, and agrees with the real depth of generated JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(nestingDepth(text)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
    const depthOf = (v: unknown): number =>
      typeof v === 'object' && v !== null
        ? 1 + Math.max(0, ...Object.values(v as Record<string, unknown>).map(depthOf))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(nestingDepth(JSON.stringify(value))).toBe(depthOf(value));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('assembling a user corpus', () => {
  it('accepts a two-model bundle and names it after its file', () => {
    const phases: Progress['phase'][] = [];
    const result = check([fixture('bundles', 'two-models.json')], (p) => phases.push(p.phase));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.models.map((m) => m.id)).toEqual(['italy', 'japan']);
    expect(result.name).toBe('two-models');
    expect(new Set(phases)).toEqual(new Set(['checking', 'parsing', 'validating']));
    // The bundled tours still run, narrowed to the models this corpus has.
    expect(result.bundle.tours.length).toBe(bundled.tours.length);
    for (const step of result.bundle.tours.flatMap((t) => t.steps))
      for (const id of step.models ?? []) expect(['italy', 'japan']).toContain(id);
  });

  it('accepts several model files at once, with the bundled codebook', () => {
    const result = check([
      asFile('france.json', rawModel('france')),
      asFile('japan.json', rawModel('japan')),
    ]);
    expect(result.ok && result.bundle.models.map((m) => m.id)).toEqual(['france', 'japan']);
    expect(corpusName([{ name: 'france.json' }, { name: 'japan.json' }])).toBe(
      'france and 1 more files',
    );
  });

  it('locates every broken fixture in its file', () => {
    const dir = join(repoRoot, 'tests', 'fixtures', 'broken');
    for (const name of readdirSync(dir)) {
      const result = check([fixture('broken', name)]);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      for (const p of result.problems) {
        expect(p.file).toBe(name);
        expect(p.where.length).toBeGreaterThan(0);
        expect(p.expected.length).toBeGreaterThan(0);
      }
    }
    const truncated = check([fixture('broken', 'truncated.json')]);
    expect(!truncated.ok && truncated.problems[0]?.where).toBe('line 25, column 134');
  });

  it('points a problem inside a bundle at the model within it', () => {
    const file = fixture('bundles', 'two-models.json');
    const value = JSON.parse(file.text) as {
      models: { codes: { stateRole: { value: number } } }[];
    };
    value.models[1]!.codes.stateRole.value = 9;
    const result = check([asFile('mine.json', value)]);
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: 'mine.json',
      where: 'models[1].codes.stateRole.value',
    });
  });

  it('names both files when two of them define the same model', () => {
    const result = check([
      asFile('a.json', rawModel('italy')),
      asFile('b.json', rawModel('italy')),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.file)).toContain('b.json');
    expect(result.problems.some((p) => p.problem.includes('italy'))).toBe(true);
  });

  it('refuses too many models before validating any', () => {
    const many = Array.from({ length: 201 }, () => ({}));
    let validated = 0;
    const result = check([asFile('many.json', { models: many })], (p) => {
      if (p.phase === 'validating') validated++;
    });
    expect(validated).toBe(0);
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: COMBINED,
      problem: 'there are 201 models, 1 more than the limit of 200',
    });
  });

  it('refuses an oversized file without parsing it', () => {
    const result = check([{ name: 'big.json', text: 'not even json', bytes: 6 * 1024 * 1024 }]);
    expect(!result.ok && result.problems[0]?.problem).toContain('over the limit of 5.0 MB');
  });

  it('does not take keys from prototypes, and leaves prototypes alone', () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"bad": 1}}}';
    const result = check([{ name: 'proto.json', text, bytes: text.length }]);
    expect(!result.ok && result.problems[0]?.problem).toBe(
      'is neither a corpus bundle nor a model',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).bad).toBeUndefined();
  });

  it('never throws on any JSON value, and answers a corpus or located problems', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, wrap) => {
        const text = JSON.stringify(wrap ? { models: [value] } : value);
        const result = check([{ name: 'x.json', text, bytes: text.length }]);
        if (result.ok) {
          expect(result.bundle.models.length).toBeGreaterThan(0);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(typeof p.where).toBe('string');
            expect(p.problem.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('what the browser and the CLI both accept or refuse', () => {
  const italy = () => rawModel('italy') as { evidence: { locator: string; quote: string }[] };

  it('accepts a file that starts with a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(rawModel('italy'))}`;
    const result = check([{ name: 'bom.json', text, bytes: text.length }]);
    expect(result.ok && result.bundle.models.map((m) => m.id)).toEqual(['italy']);
  });

  it('accepts a bundle without a codebook, taking the bundled one', () => {
    const result = check([asFile('b.json', { models: [rawModel('japan')] })]);
    expect(result.ok && result.bundle.codebook).toEqual(bundled.codebook);
  });

  it("refuses a locator past the article's 45 paragraphs", () => {
    for (const locator of ['p46', 'p999']) {
      const model = italy();
      model.evidence[0]!.locator = locator;
      const result = check([asFile('it.json', model)]);
      expect(!result.ok && result.problems).toEqual([
        {
          file: 'it.json',
          where: 'evidence[0].locator',
          problem: `names paragraph ${locator}, but the source "foreign-experience-regional-clusters" has 45 paragraphs`,
          expected: 'a paragraph from p1 to p45',
        },
      ]);
    }
  });

  it('refuses a quote that is not verbatim in its paragraph', () => {
    const model = italy();
    model.evidence[0]!.quote = `${model.evidence[0]!.quote} (our words)`;
    const result = check([asFile('it.json', model)]);
    expect(!result.ok && result.problems.map((p) => p.where)).toEqual(['evidence[0].quote']);
  });

  it('reports a repeated field name with its line and column', () => {
    const text = JSON.stringify(rawModel('italy'), null, 1).replace(
      '"id": "italy",',
      '"id": "italy", "id": "rome",',
    );
    const result = check([{ name: 'dup.json', text, bytes: text.length }]);
    expect(!result.ok && result.problems).toEqual([
      {
        file: 'dup.json',
        where: 'line 2, column 17',
        problem: 'repeats the field name "id" in one object',
        expected: 'each field name once per object (the earlier value would be lost)',
      },
    ]);
  });
});

describe('tours on a corpus with other models', () => {
  it('drops unknown models, focus and evidence, and keeps every step', () => {
    const tours = toursForModels(bundled.tours, new Set(['japan']));
    const all = tours.flatMap((t) => t.steps);
    expect(all.length).toBe(bundled.tours.flatMap((t) => t.steps).length);
    for (const step of all) {
      expect(step.models === undefined || step.models.every((id) => id === 'japan')).toBe(true);
      expect(step.focus === undefined || step.focus === 'japan').toBe(true);
      expect(step.evidence === undefined || step.evidence.model === 'japan').toBe(true);
    }
  });
});

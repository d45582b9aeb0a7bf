import { describe, expect, it } from 'vitest';
import { percent } from '../../src/corpus/derive';
import { deriveCard } from '../../src/views/overview/derive';
import { SCREEN_TYPE } from '../../src/charts/type-scale';
import { layoutGlyph } from '../../src/views/overview/layout';
import { buildModel, bundledCorpus, codebook } from '../support/corpus';

describe('overview card data', () => {
  it('names the step of the state role and the lead level with its share', () => {
    const japan = bundledCorpus().models.find((m) => m.id === 'japan')!;
    const card = deriveCard(japan, codebook());
    expect(card.stateRole).toEqual({ value: 5, label: 'director', confidence: 'medium' });
    expect(card.lead).toEqual({ level: 'national', share: 0.5, confidence: 'medium' });
    expect(card.mainFamily.family).toBe('mixed');
    expect(card.hierarchyLabel).toBe('strict hierarchy headed by a lead large company');
  });

  it('breaks a tie in the largest sector share by codebook order', () => {
    const card = deriveCard(buildModel({ id: 'tie' }), codebook());
    expect(card.mainFamily).toEqual({ family: 'traditional', share: 0.25, confidence: 'medium' });
  });

  it('rounds shares to whole percent', () => {
    expect(percent(0.345)).toBe(35);
    expect(percent(1 / 3)).toBe(33);
  });
});

const ROWS = {
  stateRole: 'State',
  governanceLevel: 'Govern.',
  sectorFocus: 'Sectors',
  firmHierarchy: 'Hierarchy',
};

describe('card glyph layout', () => {
  const card = deriveCard(buildModel({ id: 'g' }), codebook());

  it('has four rows inside the box', () => {
    const layout = layoutGlyph(card.glyph, 280, SCREEN_TYPE, ROWS);
    expect(layout.rows.map((r) => r.id)).toEqual([
      'stateRole',
      'governanceLevel',
      'sectorFocus',
      'firmHierarchy',
    ]);
    expect(layout.height).toBe(4 * layout.rowHeight);
    for (const row of layout.rows) expect(row.y).toBeLessThan(layout.height);
  });

  it('fills the dots up to the value, left to right', () => {
    const row = layoutGlyph(card.glyph, 280, SCREEN_TYPE, ROWS).rows[0]!;
    expect(row.kind).toBe('ordinal');
    if (row.kind !== 'ordinal') return;
    expect(row.dots.map((d) => d.filled)).toEqual([true, true, true, false, false]);
    const xs = row.dots.map((d) => d.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.max(...xs)).toBeLessThanOrEqual(280);
  });

  it('lays share segments end to end across the bar, widths proportional to shares', () => {
    const row = layoutGlyph(card.glyph, 280, SCREEN_TYPE, ROWS).rows[1]!;
    if (row.kind !== 'shares') throw new Error('expected a share row');
    const [a, b, c] = row.segments;
    expect(a!.x + a!.width).toBeCloseTo(b!.x);
    expect(b!.x + b!.width).toBeCloseTo(c!.x);
    expect(a!.width / c!.width).toBeCloseTo(0.5 / 0.2);
  });

  it('omits zero shares and labels only segments wide enough for a letter', () => {
    const g = {
      ...card.glyph,
      sectors: { traditional: 0.97, industrial: 0.03, 'high-tech': 0, mixed: 0 },
    };
    const row = layoutGlyph(g, 280, SCREEN_TYPE, ROWS).rows[2]!;
    if (row.kind !== 'shares') throw new Error('expected a share row');
    expect(row.segments.map((s) => [s.key, s.labelled])).toEqual([
      ['traditional', true],
      ['industrial', false],
    ]);
  });
});

describe('card summaries', () => {
  it('keep short summaries whole and cut long ones at a word, with an ellipsis', async () => {
    const { cardSummary } = await import('../../src/views/overview/derive');
    expect(cardSummary('Short and whole.')).toBe('Short and whole.');
    const long = 'word '.repeat(200);
    const cut = cardSummary(long, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    // One endless word is cut where the limit falls.
    expect(cardSummary('A'.repeat(1000), 50)).toBe(`${'A'.repeat(50)}…`);
  });
});

describe('bundled card summaries', () => {
  it('are shown whole', async () => {
    const { cardSummary } = await import('../../src/views/overview/derive');
    const { bundledCorpus } = await import('../support/corpus');
    for (const m of bundledCorpus().models) expect(cardSummary(m.summary)).toBe(m.summary);
  });

  it('are shown whole in Russian and Uzbek too', async () => {
    const { cardSummary } = await import('../../src/views/overview/derive');
    const { bundledCorpus } = await import('../support/corpus');
    const { readTranslationDir } = await import('../../src/corpus/translation-files');
    const { applyTranslations } = await import('../../src/corpus/translations');
    const { repoRoot } = await import('../support/paths');
    const bundle = bundledCorpus();
    for (const { lang, inputs } of readTranslationDir(`${repoRoot}/data/i18n`)) {
      const files = inputs.map((i) => i.value) as Parameters<typeof applyTranslations>[2];
      const translated = applyTranslations(bundle, lang, files).bundle;
      for (const m of translated.models) {
        expect(m.summary, `${lang} ${m.id}`).not.toBe(
          bundle.models.find((b) => b.id === m.id)!.summary,
        );
        expect(cardSummary(m.summary), `${lang} ${m.id}`).toBe(m.summary);
      }
    }
  });
});

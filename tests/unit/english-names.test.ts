import { describe, expect, it } from 'vitest';
import { englishName } from '../../src/i18n/english-names';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';

describe('a country inside an English sentence', () => {
  it('takes "the" where English says it, and a bare apostrophe after a final s', () => {
    expect(englishName('United States', { possessive: true })).toBe("the United States'");
    expect(englishName('United States', { start: true, possessive: true })).toBe(
      "The United States'",
    );
    expect(englishName('United Kingdom', { possessive: true })).toBe("the United Kingdom's");
    expect(englishName('United Kingdom', { start: true })).toBe('The United Kingdom');
    expect(englishName('Netherlands')).toBe('the Netherlands');
    expect(englishName('Japan', { start: true, possessive: true })).toBe("Japan's");
    expect(englishName('France')).toBe('France');
    // A user's own model named like a region is left as it is, save the apostrophe.
    expect(englishName('Tashkent region', { possessive: true })).toBe("Tashkent region's");
  });

  it('is what the catalogue writes: no "United States\'s" in any sentence of policy fit', () => {
    const i18n = initI18n(en as Record<string, unknown>);
    const us = 'United States';
    expect(i18n.t('fitMove.stateRole.does', { model: us })).toBe(
      "What the United States' state does",
    );
    expect(i18n.t('fitMove.firmHierarchy.less', { model: us, steps: '1 step' })).toBe(
      "The United States' firms are flatter (1 step)",
    );
    expect(
      i18n.t('fitSure.rises', {
        other: 'United Kingdom',
        dimension: 'sector focus',
        weight: '1.5',
      }),
    ).toBe('the United Kingdom becomes nearest if the weight of sector focus rises above 1.5');
    expect(i18n.t('fitMove.title', { model: 'Japan' })).toBe(
      'What would move your region toward Japan',
    );
    for (const model of [us, 'United Kingdom', 'Japan'])
      for (const key of [
        'stateRole.more',
        'stateRole.less',
        'sectorFocus.more',
        'summary.sectorFocus',
      ])
        expect(i18n.t(`fitMove.${key}`, { model, steps: 'x', list: 'y' })).not.toMatch(
          /s's\b|\{\{/,
        );
  });
});

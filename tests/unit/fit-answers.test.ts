import { describe, expect, it } from 'vitest';
import { blankProfile, decodeProfile, profileFromModel } from '../../src/corpus/profile';
import type { Profile } from '../../src/corpus/profile';
import { createGuardedStorage } from '../../src/state/storage';
import {
  answeredCount,
  answersFromProfile,
  firstUnanswered,
  isValidAnswer,
  noAnswers,
  OWN_SHARES,
  profileFromAnswers,
  QUESTIONS,
  withAnswer,
  workingProfile,
} from '../../src/views/fit/answers';
import type { Answers } from '../../src/views/fit/answers';
import {
  ANSWER_DRAFT_KEY,
  readAnswerDraft,
  writeAnswerDraft,
} from '../../src/views/fit/answer-draft';
import {
  categoriesOf,
  matchPreset,
  PRESETS,
  presetShares,
} from '../../src/views/fit/share-presets';
import type { ShareDimension } from '../../src/views/fit/share-presets';
import { bundledCorpus } from '../support/corpus';
import { memoryBackend } from '../support/storage';

const SHARE_DIMENSIONS: ShareDimension[] = ['governanceLevel', 'sectorFocus'];

describe('share presets', () => {
  it.each(SHARE_DIMENSIONS)('%s: each preset covers every category and sums to 100%%', (d) => {
    for (const preset of PRESETS[d]) {
      const values = categoriesOf(d).map((k) => (preset.percent as Record<string, number>)[k]);
      expect(
        values.every((v) => Number.isInteger(v) && v! >= 0 && v! <= 100),
        preset.id,
      ).toBe(true);
      expect(
        values.reduce((a, b) => a! + b!, 0),
        preset.id,
      ).toBe(100);
      expect(Object.keys(preset.percent).sort()).toEqual([...categoriesOf(d)].sort());
    }
  });

  it.each(SHARE_DIMENSIONS)('%s: presets are distinct in id and in split', (d) => {
    const ids = PRESETS[d].map((p) => p.id);
    const splits = PRESETS[d].map((p) =>
      categoriesOf(d)
        .map((k) => p.percent[k as never])
        .join('.'),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(splits).size).toBe(splits.length);
    expect(ids).not.toContain(OWN_SHARES);
  });

  it.each(SHARE_DIMENSIONS)('%s: a preset’s shares match back to that preset', (d) => {
    for (const preset of PRESETS[d]) {
      const shares = presetShares(d, preset.id)!;
      expect(Math.abs(Object.values(shares).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
      expect(matchPreset(d, shares)).toBe(preset.id);
    }
    expect(presetShares(d, 'no-such-preset')).toBeNull();
  });

  it('the blank profile reads as the even presets, so starting blank is an answer', () => {
    const blank = blankProfile().values;
    expect(matchPreset('governanceLevel', blank.governanceLevel)).toBe('balanced');
    expect(matchPreset('sectorFocus', blank.sectorFocus)).toBe('mix');
  });

  it('shares a point away from every preset match none (the reader’s own)', () => {
    expect(matchPreset('governanceLevel', { national: 0.71, regional: 0.19, local: 0.1 })).toBe(
      null,
    );
    // The models' own splits are not presets: a profile copied from one reads as own shares.
    for (const model of bundledCorpus().models) {
      const answers = answersFromProfile(profileFromModel(model, model.name));
      expect(answers.governanceLevel, model.id).toBe(OWN_SHARES);
    }
  });
});

const full: Answers = {
  name: 'Tashkent region',
  stateRole: 4,
  governanceLevel: 'national',
  sectorFocus: 'industrial',
  firmHierarchy: 4,
  universityIndustry: 2,
};

describe('answers and profiles', () => {
  it('make no profile until all five questions are answered', () => {
    let answers = noAnswers();
    for (const d of QUESTIONS) {
      expect(profileFromAnswers(answers)).toBeNull();
      expect(firstUnanswered(answers)).toBe(d);
      answers = { ...answers, [d]: full[d] };
    }
    expect(answeredCount(answers)).toBe(5);
    expect(firstUnanswered(answers)).toBeNull();
    const profile = profileFromAnswers({ ...answers, name: 'Tashkent region' })!;
    expect(profile).toEqual({
      name: 'Tashkent region',
      values: {
        stateRole: 4,
        governanceLevel: { national: 0.7, regional: 0.2, local: 0.1 },
        sectorFocus: { traditional: 0.15, industrial: 0.65, 'high-tech': 0.15, mixed: 0.05 },
        firmHierarchy: 4,
        universityIndustry: 2,
      },
    });
  });

  it('read a profile back as the same answers', () => {
    const profile = profileFromAnswers(full)!;
    expect(answersFromProfile(profile)).toEqual(full);
  });

  it('read a link’s profile: its steps, and own shares where no preset matches', () => {
    const linked = decodeProfile('1~Mine~3~50.30.20~15.65.15.5~2~5')!;
    expect(answersFromProfile(linked)).toEqual({
      name: 'Mine',
      stateRole: 3,
      governanceLevel: OWN_SHARES,
      sectorFocus: 'industrial',
      firmHierarchy: 2,
      universityIndustry: 5,
    });
  });

  it('change one answer of a profile and keep the rest; own shares keep the shares', () => {
    const profile: Profile = decodeProfile('1~Mine~3~50.30.20~15.65.15.5~2~5')!;
    const changed = withAnswer(profile, 'sectorFocus', 'high-tech');
    expect(changed.values.sectorFocus).toEqual(presetShares('sectorFocus', 'high-tech'));
    expect(changed.values.governanceLevel).toEqual(profile.values.governanceLevel);
    expect(withAnswer(profile, 'governanceLevel', OWN_SHARES)).toEqual(profile);
    expect(withAnswer(profile, 'stateRole', 5).values.stateRole).toBe(5);
  });

  it('lay partial answers over the blank profile for the full editor', () => {
    const base = blankProfile('My region');
    const working = workingProfile(
      { ...noAnswers(), stateRole: 5, sectorFocus: 'traditional' },
      base,
    );
    expect(working.name).toBe('My region');
    expect(working.values.stateRole).toBe(5);
    expect(working.values.sectorFocus).toEqual(presetShares('sectorFocus', 'traditional'));
    expect(working.values.governanceLevel).toEqual(base.values.governanceLevel);
    expect(working.values.firmHierarchy).toBe(3);
  });

  it('accept only steps on the scale and known presets', () => {
    expect(isValidAnswer('stateRole', 1)).toBe(true);
    expect(isValidAnswer('stateRole', 6)).toBe(false);
    expect(isValidAnswer('stateRole', 2.5)).toBe(false);
    expect(isValidAnswer('stateRole', '2')).toBe(false);
    expect(isValidAnswer('governanceLevel', 'local')).toBe(true);
    expect(isValidAnswer('governanceLevel', OWN_SHARES)).toBe(true);
    expect(isValidAnswer('governanceLevel', 'industrial')).toBe(false);
    expect(isValidAnswer('sectorFocus', 3)).toBe(false);
  });
});

describe('the answer draft in storage', () => {
  const storage = (initial: Record<string, string> = {}) =>
    createGuardedStorage(
      () => memoryBackend(initial),
      () => undefined,
    );

  it('keeps partial answers and reads them back', () => {
    const s = storage();
    const partial = { ...noAnswers('Fergana'), stateRole: 2, governanceLevel: 'local' };
    writeAnswerDraft(partial, s);
    expect(readAnswerDraft(s)).toEqual(partial);
  });

  it('removes the key when nothing is answered and no name is typed', () => {
    const s = storage();
    writeAnswerDraft({ ...noAnswers(), stateRole: 2 }, s);
    expect(s.read(ANSWER_DRAFT_KEY)).not.toBeNull();
    writeAnswerDraft(noAnswers(), s);
    expect(s.read(ANSWER_DRAFT_KEY)).toBeNull();
  });

  it('drops what it cannot trust and keeps the rest', () => {
    const s = storage({
      [ANSWER_DRAFT_KEY]: JSON.stringify({
        name: 'x'.repeat(200),
        stateRole: 9,
        governanceLevel: 'national',
        sectorFocus: 'nothing-like-it',
        firmHierarchy: '3',
        universityIndustry: 4,
      }),
    });
    expect(readAnswerDraft(s)).toEqual({
      ...noAnswers('x'.repeat(80)),
      governanceLevel: 'national',
      universityIndustry: 4,
    });
    expect(readAnswerDraft(storage({ [ANSWER_DRAFT_KEY]: '{not json' }))).toEqual(noAnswers());
    expect(readAnswerDraft(storage({ [ANSWER_DRAFT_KEY]: '[1,2]' }))).toEqual(noAnswers());
    expect(readAnswerDraft(storage())).toEqual(noAnswers());
  });
});

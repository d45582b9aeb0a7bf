import { describe, expect, it } from 'vitest';
import { SCREEN_TYPE, PRESENT_TYPE } from '../../src/charts/type-scale';
import {
  AGREE_SIGN,
  coderKeys,
  coderMarkSizes,
  coderMarkState,
  groupReadings,
  markText,
  placeCoderMarks,
} from '../../src/views/shared/coder-marks';
import type { CoderReading, RoleLetters } from '../../src/views/shared/coder-marks';
import en from '../../src/i18n/locales/en.json';
import ru from '../../src/i18n/locales/ru.json';
import uz from '../../src/i18n/locales/uz.json';

const LETTERS: RoleLetters = en.codings.letters;
const BUNDLED = [
  { id: 'first-coding', name: 'First coding', role: 'original' },
  { id: 'review-1', name: 'External review 1', role: 'reviewer' },
  { id: 'reconciled', name: 'Reconciled after review 1', role: 'reconciled' },
] as const;
const KEYS = coderKeys(BUNDLED, LETTERS);
const [F, E, R] = [KEYS[0]!, KEYS[1]!, KEYS[2]!];

const reading = (
  coder: typeof F,
  position: number,
  key = String(position),
  confidence: CoderReading['confidence'] = 'medium',
): CoderReading => ({ coder, position, key, confidence });

describe('coder letters', () => {
  it('give each coder the letter of its role, whatever its name', () => {
    expect([F.letter, E.letter, R.letter]).toEqual(['F', 'E', 'A']);
    const renamed = coderKeys(
      [
        { id: 'x', name: 'Reviewed by Ann', role: 'original' },
        { id: 'y', name: 'Final', role: 'reconciled' },
      ],
      LETTERS,
    );
    expect(renamed.map((k) => k.letter)).toEqual(['F', 'A']);
  });

  it('number coders who share a role, in their order, so no two share a letter', () => {
    const keys = coderKeys(
      [
        { id: 'a', name: 'Review one', role: 'reviewer' },
        { id: 'b', name: 'first', role: 'original' },
        { id: 'c', name: 'Review two', role: 'reviewer' },
        { id: 'd', name: 'Reconciled', role: 'reconciled' },
      ],
      LETTERS,
    );
    expect(keys.map((k) => k.letter)).toEqual(['E1', 'F', 'E2', 'A']);
  });

  it('take the letters from the reader’s catalogue, none of them a level’s letter', () => {
    expect(coderKeys(BUNDLED, ru.codings.letters).map((k) => k.letter)).toEqual(['П', 'В', 'С']);
    expect(coderKeys(BUNDLED, uz.codings.letters).map((k) => k.letter)).toEqual(['B', 'T', 'K']);
    // The governance chart letters its segments by level just above the coder marks.
    for (const catalogue of [en, ru, uz]) {
      const levels = ['national', 'regional', 'local'].map(
        (l) => catalogue.letters[l as keyof typeof catalogue.letters],
      );
      for (const letter of Object.values(catalogue.codings.letters))
        expect(levels, letter).not.toContain(letter);
    }
  });
});

describe('grouping readings', () => {
  it('draws coders at one place as one group, left to right', () => {
    const groups = groupReadings([reading(F, 3), reading(E, 4), reading(R, 4)]);
    expect(groups.map((g) => g.position)).toEqual([3, 4]);
    expect(groups.map((g) => g.readings.map((r) => r.coder.letter))).toEqual([['F'], ['E', 'A']]);
    expect(groups.every((g) => !g.allAgree)).toBe(true);
    expect(groups.map(markText)).toEqual(['F', 'E A']);
  });

  it('says "all agree" only when every coder gives the same value', () => {
    const agree = groupReadings([reading(F, 5), reading(E, 5), reading(R, 5)]);
    expect(agree).toHaveLength(1);
    expect(agree[0]?.allAgree).toBe(true);
    expect(markText(agree[0]!)).toBe(AGREE_SIGN);
    // One place on the scale (the national share) but other shares apart: not agreement.
    const samePlace = groupReadings([reading(F, 0.5, 'a'), reading(R, 0.5, 'b')]);
    expect(samePlace).toHaveLength(1);
    expect(samePlace[0]?.allAgree).toBe(false);
    expect(markText(samePlace[0]!)).toBe('F A');
  });

  it('takes shares equal to the hundredth as one place', () => {
    expect(groupReadings([reading(F, 0.3), reading(R, 0.1 + 0.2)])).toHaveLength(1);
    expect(groupReadings([reading(F, 0.55), reading(R, 0.6)])).toHaveLength(2);
  });
});

describe('placing coder marks', () => {
  for (const type of [SCREEN_TYPE, PRESENT_TYPE]) {
    const sizes = coderMarkSizes(type);
    it(`keeps targets at least 24 px and apart, at ${type.label} px type`, () => {
      const groups = groupReadings([reading(F, 0.3), reading(E, 0.6), reading(R, 0.55)]);
      const { marks, lanes } = placeCoderMarks(groups, (p) => p * 300, 50, sizes, {
        minX: 0,
        maxX: 300,
      });
      expect(marks).toHaveLength(3);
      for (const m of marks) {
        expect(m.hit.width).toBeGreaterThanOrEqual(24);
        expect(m.hit.height).toBeGreaterThanOrEqual(24);
      }
      for (const [i, a] of marks.entries())
        for (const b of marks.slice(i + 1)) {
          const apart =
            a.hit.x + a.hit.width <= b.hit.x ||
            b.hit.x + b.hit.width <= a.hit.x ||
            a.hit.y + a.hit.height <= b.hit.y ||
            b.hit.y + b.hit.height <= a.hit.y;
          expect(apart).toBe(true);
        }
      // 0.55 and 0.6 are too close for one lane: the later one goes down a lane.
      expect(lanes).toBe(2);
      expect(marks.map((m) => m.lane)).toEqual([0, 0, 1]);
    });
  }

  it('keeps marks (and their targets) inside the bounds, and marks low confidence', () => {
    const sizes = coderMarkSizes(SCREEN_TYPE);
    const { marks } = placeCoderMarks(
      groupReadings([reading(F, 0, '0', 'low'), reading(R, 1)]),
      (p) => p * 200,
      20,
      sizes,
      { minX: 0, maxX: 200 },
    );
    expect(marks[0]!.hit.x).toBeGreaterThanOrEqual(0);
    expect(marks[1]!.hit.x + marks[1]!.hit.width).toBeLessThanOrEqual(200);
    expect(marks.map((m) => m.low)).toEqual([true, false]);
    expect(marks.map((m) => m.lane)).toEqual([0, 0]);
  });
});

describe('following a coder', () => {
  const groups = groupReadings([reading(F, 3), reading(E, 4), reading(R, 4)]);
  const [f, er] = [groups[0]!, groups[1]!];
  it('lights the marks holding that coder and fades the rest', () => {
    expect(coderMarkState(f, null)).toBe('is-plain');
    expect(coderMarkState(f, ['first-coding'])).toBe('is-active');
    expect(coderMarkState(er, ['first-coding'])).toBe('is-faded');
    expect(coderMarkState(er, ['reconciled'])).toBe('is-active');
  });
});

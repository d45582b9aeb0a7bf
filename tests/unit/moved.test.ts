import { describe, expect, it } from 'vitest';
import { movedBy } from '../../src/charts/moved';

const row = (y: number, x = 10) => ({
  id: 'italy',
  x,
  y,
  label: { text: 'Italy', y: y + 4, box: { x: 0, y: y - 6, width: 30, height: 12 } },
  marks: [{ x, y }],
});

describe('movedBy', () => {
  it('holds for the same pieces moved down or up by the same amount', () => {
    expect(movedBy(row(100), row(140), 40)).toBe(true);
    expect(movedBy(row(140), row(100), -40)).toBe(true);
    expect(movedBy(row(100), row(100), 0)).toBe(true);
    // Coordinates that are sums of fractions move by a hair more or less than the step.
    expect(movedBy(row(0.1 + 0.2), row(0.3 + 12.6), 12.6)).toBe(true);
  });

  it('fails when a piece moved otherwise, or anything else changed', () => {
    expect(movedBy(row(100), row(140), 30)).toBe(false);
    expect(movedBy(row(100), row(140, 12), 40)).toBe(false);
    expect(movedBy(row(100), { ...row(140), id: 'japan' }, 40)).toBe(false);
    const moved = row(140);
    moved.label.box.y += 1;
    expect(movedBy(row(100), moved, 40)).toBe(false);
    expect(movedBy(row(100), { ...row(140), marks: [] }, 40)).toBe(false);
    expect(movedBy(row(100), { ...row(140), extra: 1 }, 40)).toBe(false);
  });

  it('never counts the same object as moved (its y cannot have changed)', () => {
    const same = row(100);
    expect(movedBy(same, same, 40)).toBe(false);
    expect(movedBy({ name: 'no y' }, { name: 'no y' }, 40)).toBe(true);
  });
});

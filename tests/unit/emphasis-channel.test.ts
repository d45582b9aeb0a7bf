import { describe, expect, it } from 'vitest';
import { emphasisSource, fixedEmphasis } from '../../src/lib/emphasis-channel';

/** A channel watched by one mark per model, with the marks each call woke. */
function watched(models: string[], initial: string | null = null) {
  const source = emphasisSource(initial);
  const woken: string[] = [];
  const stops = models.map((m) => source.watch(m, () => woken.push(m)));
  return { source, woken, stops };
}

describe('emphasisSource', () => {
  it('wakes only the two marks concerned when the emphasis moves from one model to another', async () => {
    const { source, woken } = watched(['a', 'b', 'c', 'd'], 'a');
    source.set('c');
    expect(source.current()).toBe('c');
    expect(woken).toEqual([]); // told once the event that set it is over
    await null;
    expect(woken.sort()).toEqual(['a', 'c']);
  });

  it('wakes only those two when the pointer leaves one mark for the next in one event', async () => {
    const { source, woken } = watched(['a', 'b', 'c', 'd'], 'a');
    source.set(null);
    source.set('c');
    await null;
    expect(woken.sort()).toEqual(['a', 'c']);
  });

  it('wakes every mark when the emphasis comes or goes (all dim or all come back)', async () => {
    const { source, woken } = watched(['a', 'b', 'c']);
    source.set('b');
    await null;
    expect(woken.sort()).toEqual(['a', 'b', 'c']);
    woken.length = 0;
    source.set(null);
    await null;
    expect(woken.sort()).toEqual(['a', 'b', 'c']);
  });

  it('asks for nothing when set to what it is (the store sets it on each of its changes)', async () => {
    const { source, woken } = watched(['a', 'b'], 'a');
    let turns = 0;
    const counting = queueMicrotask;
    globalThis.queueMicrotask = (task) => {
      turns += 1;
      counting(task);
    };
    try {
      source.set('a');
      source.set('a');
    } finally {
      globalThis.queueMicrotask = counting;
    }
    await null;
    expect(turns).toBe(0);
    expect(woken).toEqual([]);
  });

  it('wakes nothing when the emphasis ends where it was', async () => {
    const { source, woken } = watched(['a', 'b'], 'a');
    source.set('a');
    source.set(null);
    source.set('a');
    await null;
    expect(woken).toEqual([]);
  });

  it('stops waking a mark that stopped watching, and keeps the others of its model', async () => {
    const source = emphasisSource('a');
    const woken: string[] = [];
    const stopFirst = source.watch('b', () => woken.push('first'));
    source.watch('b', () => woken.push('second'));
    stopFirst();
    source.set('b');
    await null;
    expect(woken).toEqual(['second']);
  });
});

describe('fixedEmphasis', () => {
  it('is one channel per model, that never changes and never calls back', () => {
    expect(fixedEmphasis('a')).toBe(fixedEmphasis('a'));
    expect(fixedEmphasis(null).current()).toBeNull();
    let called = false;
    fixedEmphasis('a').watch('a', () => (called = true))();
    expect(called).toBe(false);
    expect(fixedEmphasis('a').current()).toBe('a');
  });
});

import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/lib/remembered';

describe('remembered', () => {
  it('works an answer out once per key, and again after the store is full', () => {
    let calls = 0;
    const square = remembered(
      (n: number) => String(n),
      (n: number) => {
        calls += 1;
        return { n: n * n };
      },
      2,
    );
    const first = square(3);
    expect(square(3)).toBe(first);
    expect(calls).toBe(1);
    square(4);
    expect(calls).toBe(2);
    // The third key starts the store afresh: 3 is worked out again, with the same answer.
    square(5);
    expect(square(3)).toEqual({ n: 9 });
    expect(square(3)).not.toBe(first);
    expect(calls).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { fitTooltip } from '../../src/charts/tooltip-position';

const viewport = { width: 1000, height: 700 };
const mark = { left: 480, top: 300, width: 20, height: 20 };

describe('fitTooltip', () => {
  it('leaves a tooltip that fits where it is', () => {
    expect(fitTooltip({ left: 400, top: 326, width: 200, height: 60 }, mark, viewport)).toEqual({
      dx: 0,
      above: false,
    });
  });

  it('slides a tooltip in from the right edge, keeping the margin', () => {
    const tip = { left: 900, top: 326, width: 200, height: 60 };
    expect(fitTooltip(tip, mark, viewport).dx).toBe(1000 - 8 - 1100);
  });

  it('slides a tooltip in from the left edge', () => {
    expect(fitTooltip({ left: -50, top: 326, width: 200, height: 60 }, mark, viewport).dx).toBe(58);
  });

  it('puts a tooltip wider than the window at its left margin', () => {
    expect(fitTooltip({ left: 100, top: 326, width: 1200, height: 60 }, mark, viewport).dx).toBe(
      -92,
    );
  });

  it('flips above the mark when it would pass the bottom and there is room above', () => {
    const low = { left: 480, top: 640, width: 20, height: 20 };
    expect(fitTooltip({ left: 400, top: 666, width: 200, height: 60 }, low, viewport).above).toBe(
      true,
    );
  });

  it('stays below when there is no room above either', () => {
    const high = { left: 480, top: 40, width: 20, height: 20 };
    const tall = { left: 400, top: 66, width: 200, height: 660 };
    expect(fitTooltip(tall, high, viewport).above).toBe(false);
  });
});

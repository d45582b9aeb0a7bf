import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { markStateChange } from '../../src/lib/perf';
import { useMeasureDrawn } from '../../src/lib/perf-drawn';

function Chart({ drawn }: { drawn: boolean }) {
  useMeasureDrawn('demo', drawn);
  return drawn ? <svg aria-label="chart" /> : <div />;
}

describe('useMeasureDrawn', () => {
  beforeEach(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('records the first render once the chart is drawn, and only then, and only once', () => {
    markStateChange();
    const { rerender } = render(<Chart drawn={false} />);
    expect(performance.getEntriesByName('render:demo')).toHaveLength(0);
    rerender(<Chart drawn />);
    expect(performance.getEntriesByName('render:demo')).toHaveLength(1);
    rerender(<Chart drawn />);
    expect(performance.getEntriesByName('render:demo')).toHaveLength(1);
  });

  it('records nothing without a change of state to time from', () => {
    render(<Chart drawn />);
    expect(performance.getEntriesByName('render:demo')).toHaveLength(0);
  });
});

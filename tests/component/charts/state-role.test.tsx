import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import { deriveStateRole, sortPlacedModels } from '../../../src/views/state-role/derive';
import type { PlacedModel } from '../../../src/views/state-role/derive';
import { layoutStateRole } from '../../../src/views/state-role/layout';
import { StateRoleDrawing } from '../../../src/views/state-role/StateRoleDrawing';
import { buildChartModel, codebook } from '../../support/corpus';
import { CONFIDENCE, leftOf, recordingEvents, widthOf } from './support';
import { fixedEmphasis } from '../../../src/lib/emphasis-channel';

const models = [
  buildChartModel('low', { name: 'Lowland', stateRole: 1 }),
  buildChartModel('mid', { name: 'Midland', stateRole: 3 }),
  buildChartModel('high', { name: 'Highland', stateRole: 5, confidence: 'low' }),
];
const data = deriveStateRole(models, codebook());
const markName = (m: PlacedModel) => `${m.name} at ${m.value}`;

function draw(type: TypeScale = SCREEN_TYPE, emphasis: string | null = null) {
  const recorded = recordingEvents();
  const view = render(
    <div>
      <StateRoleDrawing
        layout={layoutStateRole(data, 800, type)}
        labels={{
          title: 'State role',
          description: 'three models',
          markName,
          confidence: CONFIDENCE,
        }}
        emphasis={fixedEmphasis(emphasis)}
        events={recorded.events}
      />
    </div>,
  );
  return { ...view, ...recorded };
}

describe('StateRoleDrawing, from props alone', () => {
  it('draws one named, operable mark per model', () => {
    const { opened, linked } = draw();
    expect(screen.getByRole('img', { name: /State role/ })).toBeInTheDocument();
    for (const m of data.models) {
      expect(screen.getByRole('button', { name: markName(m) })).toBeInTheDocument();
    }
    const high = screen.getByRole('button', { name: 'Highland at 5' });
    fireEvent.mouseEnter(high);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Highland: 5');
    expect(screen.getByRole('tooltip')).toHaveTextContent('low conf.');
    fireEvent.click(high);
    expect(opened).toEqual(['high']);
    expect(linked).toEqual(['high']);
  });

  it('places marks left to right by their step', () => {
    draw();
    const x = (name: string) => leftOf(screen.getByRole('button', { name }));
    expect(x('Lowland at 1')).toBeLessThan(x('Midland at 3'));
    expect(x('Midland at 3')).toBeLessThan(x('Highland at 5'));
  });

  it('writes labels at the type scale’s size and grows marks for the projector', () => {
    const screenView = draw(SCREEN_TYPE);
    const labels = screenView.container.querySelectorAll<SVGTextElement>('text');
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label.style.fontSize).toBe('14px');
    const screenHit = widthOf(screen.getByRole('button', { name: 'Lowland at 1' }));
    screenView.unmount();

    const present = draw(PRESENT_TYPE);
    for (const label of present.container.querySelectorAll<SVGTextElement>('text'))
      expect(label.style.fontSize).toBe('24px');
    expect(widthOf(screen.getByRole('button', { name: 'Lowland at 1' }))).toBeGreaterThan(
      screenHit,
    );
  });

  it('emphasises the highlighted model and dims each piece of the others, once', () => {
    const { container } = draw(SCREEN_TYPE, 'mid');
    const row = (id: string) => container.querySelector(`[data-model="${id}"]`)!;
    expect(row('mid').querySelector('.model-mark')).toHaveClass('is-focused');
    for (const piece of row('mid').querySelectorAll('.row-rule, .row-label'))
      expect(piece).not.toHaveClass('is-dimmed');
    const dimmed = row('low').querySelectorAll('.row-rule, .model-mark, .row-label');
    expect(dimmed).toHaveLength(3);
    for (const piece of dimmed) expect(piece).toHaveClass('is-dimmed');
    // Once: nothing dimmed sits inside something dimmed (a mark in a dimmed row was at 0.3 × 0.3,
    // near invisible), and no row of a model's own mark is dimmed as a group.
    for (const piece of container.querySelectorAll('.is-dimmed'))
      expect(piece.parentElement?.closest('.is-dimmed')).toBeNull();
    expect(row('low')).not.toHaveClass('is-dimmed');
  });

  it('draws each stem from the axis start to the edge of its mark, in the given row order', () => {
    const layout = layoutStateRole(
      { ...data, models: sortPlacedModels(data.models, 'value') },
      800,
      SCREEN_TYPE,
    );
    const { container } = render(
      <StateRoleDrawing
        layout={layout}
        labels={{ title: 'State role', description: 'sorted', markName, confidence: CONFIDENCE }}
        emphasis={fixedEmphasis(null)}
        events={recordingEvents().events}
      />,
    );
    const rows = [...container.querySelectorAll<SVGGElement>('g.row')];
    expect(rows.map((g) => g.dataset.model)).toEqual(['high', 'mid', 'low']);
    for (const [i, g] of rows.entries()) {
      const stem = g.querySelector('line.row-rule')!;
      const row = layout.rows[i]!;
      expect(Number(stem.getAttribute('x1'))).toBe(layout.plotLeft);
      expect(Number(stem.getAttribute('x2'))).toBe(row.stemEnd);
      expect(Number(stem.getAttribute('x2'))).toBeLessThanOrEqual(row.x);
    }
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import { deriveGovernance } from '../../../src/views/governance/derive';
import { GovernanceDrawing } from '../../../src/views/governance/GovernanceDrawing';
import type { GovernanceLabels } from '../../../src/views/governance/GovernanceDrawing';
import { layoutGovernance } from '../../../src/views/governance/layout';
import { buildChartModel } from '../../support/corpus';
import { CONFIDENCE, leftOf, recordingEvents, widthOf } from './support';
import { fixedEmphasis } from '../../../src/lib/emphasis-channel';

const rows = deriveGovernance([
  buildChartModel('a', {
    name: 'Centralia',
    governance: { national: 0.7, regional: 0.2, local: 0.1 },
  }),
  buildChartModel('b', {
    name: 'Localshire',
    governance: { national: 0.1, regional: 0.2, local: 0.7 },
    lead: 'local',
  }),
  buildChartModel('c', {
    name: 'Guessland',
    governance: { national: 0.34, regional: 0.2, local: 0.46 },
    lead: 'local',
    confidence: 'low',
  }),
]);
const level = { national: 'National', regional: 'Regional', local: 'Local' };
const labels: GovernanceLabels = {
  title: 'Governance',
  description: 'two models',
  level,
  initial: { national: 'N', regional: 'R', local: 'L' },
  lead: 'lead',
  leadLegend: 'bold outline: lead',
  approximateLegend: 'dashed, ≈: low confidence',
  legend: 'Legend',
  actorsHere: 'Actors here',
  noActors: 'none',
  markName: (row, s) => `${row.name} ${level[s.level]} ${s.shown}`,
  confidence: CONFIDENCE,
};

function draw(type: TypeScale = SCREEN_TYPE) {
  const recorded = recordingEvents();
  const view = render(
    <GovernanceDrawing
      layout={layoutGovernance(rows, 900, type, labels)}
      labels={labels}
      emphasis={fixedEmphasis(null)}
      events={recorded.events}
    />,
  );
  return { ...view, ...recorded };
}

describe('GovernanceDrawing, from props alone', () => {
  it('draws a named, operable segment for each level of each model', () => {
    const { opened } = draw();
    for (const name of ['Centralia National 70%', 'Centralia Local 10%', 'Localshire Local 70%'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    fireEvent.mouseEnter(screen.getByRole('button', { name: 'Localshire Local 70%' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Localshire — Local 70% (lead)');
    fireEvent.click(screen.getByRole('button', { name: 'Localshire Local 70%' }));
    expect(opened).toEqual(['b']);
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('National (N)');
  });

  it('outlines the leading segment boldly, one per bar, and says so in the legend', () => {
    const { container } = draw();
    const outlines = container.querySelectorAll('svg[role="img"] .lead-outline');
    expect(outlines).toHaveLength(3);
    const lead = screen.getByRole('button', { name: 'Localshire Local 70%' });
    expect(Number(outlines[1]!.getAttribute('x'))).toBeGreaterThanOrEqual(leftOf(lead));
    expect(Number(outlines[1]!.getAttribute('width'))).toBeLessThanOrEqual(widthOf(lead));
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('bold outline: lead');
  });

  it('draws a low-confidence bar dashed, its shares "≈" and rounded, its confidence by its name', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.approximate-outline')).toHaveLength(2); // bar + legend
    const guess = container.querySelector('[data-model="c"]')!;
    expect(guess.querySelector('.approximate-outline')).not.toBeNull();
    expect(container.querySelector('[data-model="a"] .approximate-outline')).toBeNull();
    expect(guess).toHaveTextContent('low conf.');
    expect(screen.getByText('N ≈30%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Guessland Local ≈50%' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'dashed, ≈: low confidence',
    );
  });

  it('colours segments by level from the level palette, labels in that colour’s text colour', () => {
    const { container } = draw();
    const fills = [...container.querySelectorAll<SVGRectElement>('[data-model="a"] rect')]
      .map((r) => r.style.fill)
      .filter(Boolean);
    expect(fills).toEqual(['var(--level-0)', 'var(--level-1)', 'var(--level-2)']);
    expect(screen.getByText('N 70% · lead').style.fill).toBe('var(--level-0-text)');
  });

  it('sizes segments by share', () => {
    draw();
    const w = (name: string) => widthOf(screen.getByRole('button', { name }));
    expect(w('Centralia National 70%')).toBeGreaterThan(w('Centralia Regional 20%') * 3);
    const x = (name: string) => leftOf(screen.getByRole('button', { name }));
    expect(x('Centralia Regional 20%')).toBeGreaterThan(x('Centralia National 70%'));
  });

  it('writes names and segment labels at the type scale’s sizes; the projector gets bigger bars', () => {
    const screenView = draw(SCREEN_TYPE);
    const name = screenView.getByText('Centralia');
    expect(name.style.fontSize).toBe('14px');
    expect(screenView.getByText('N 70% · lead').style.fontSize).toBe('12px');
    const screenBar = screenView.container.querySelector('rect')!.getAttribute('height');
    screenView.unmount();
    const present = draw(PRESENT_TYPE);
    expect(present.getByText('Centralia').style.fontSize).toBe('24px');
    for (const text of present.container.querySelectorAll<SVGTextElement>('text'))
      expect(parseFloat(text.style.fontSize)).toBeGreaterThanOrEqual(24);
    expect(Number(present.container.querySelector('rect')!.getAttribute('height'))).toBeGreaterThan(
      Number(screenBar),
    );
  });
});

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
]);
const level = { national: 'National', regional: 'Regional', local: 'Local' };
const labels: GovernanceLabels = {
  title: 'Governance',
  description: 'two models',
  level,
  initial: { national: 'N', regional: 'R', local: 'L' },
  lead: 'lead',
  leadLegend: 'hatched: lead',
  legend: 'Legend',
  actorsHere: 'Actors here',
  noActors: 'none',
  markName: (row, s) => `${row.name} ${level[s.level]} ${Math.round(s.share * 100)}%`,
  confidence: CONFIDENCE,
};

function draw(type: TypeScale = SCREEN_TYPE) {
  const recorded = recordingEvents();
  const view = render(
    <GovernanceDrawing
      layout={layoutGovernance(rows, 900, type, labels)}
      labels={labels}
      emphasis={null}
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

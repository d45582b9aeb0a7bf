import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import {
  deriveHierarchy,
  usedActorTypes,
  usedLinkKinds,
} from '../../../src/views/hierarchy/derive';
import { HierarchyLegend, HierarchyPanels } from '../../../src/views/hierarchy/HierarchyDrawing';
import type { HierarchyLabels } from '../../../src/views/hierarchy/HierarchyDrawing';
import { layoutHierarchy } from '../../../src/views/hierarchy/layout';
import { buildChartModel, codebook } from '../../support/corpus';
import { CONFIDENCE, recordingEvents, widthOf } from './support';

const models = [
  buildChartModel('flat', { name: 'Flatland' }),
  buildChartModel('deep', {
    name: 'Deepland',
    hierarchy: {
      nodes: [
        { id: 'lead', type: 'large-firm', label: 'lead firm', tier: 0, count: 1 },
        { id: 'sup', type: 'sme', label: 'suppliers', tier: 1, count: 20 },
      ],
      links: [{ source: 'lead', target: 'sup', kind: 'subcontracting' }],
    },
  }),
];
const graphs = deriveHierarchy(models, codebook());
const labels: HierarchyLabels = {
  panelTitle: (g) => `Structure of ${g.name}`,
  panelText: (g) => `${g.name} in ${g.tiers} tiers`,
  markName: (g, n) => `${g.name}: ${n.label}`,
  tier: (t) => `tier ${t}`,
  tiersOf: (g) => `Tiers of ${g.name}`,
  confidence: CONFIDENCE,
};

function draw(type: TypeScale = SCREEN_TYPE, emphasis: string | null = null) {
  const recorded = recordingEvents();
  const layout = layoutHierarchy(graphs, 900, type);
  const view = render(
    <>
      <HierarchyLegend
        types={usedActorTypes(graphs, codebook())}
        kinds={usedLinkKinds(graphs, codebook())}
        layout={layout}
        labels={{ shapes: 'Shapes', links: 'Links', size: 'Size by count' }}
      />
      <HierarchyPanels
        layout={layout}
        labels={labels}
        emphasis={emphasis}
        events={recorded.events}
      />
    </>,
  );
  return { ...view, ...recorded };
}

describe('Hierarchy drawing, from props alone', () => {
  it('draws one named panel per model and a named, operable mark per node', () => {
    const { opened } = draw();
    expect(screen.getByRole('img', { name: /Structure of Flatland/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Structure of Deepland/ })).toBeInTheDocument();
    for (const name of ['Flatland: firms', 'Deepland: lead firm', 'Deepland: suppliers'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    fireEvent.focus(screen.getByRole('button', { name: 'Deepland: suppliers' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'suppliers (small or medium firm) — tier 2',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Deepland: suppliers' }));
    expect(opened).toEqual(['deep']);
    const tiers = screen.getByRole('list', { name: 'Tiers of Deepland' });
    expect(
      within(tiers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['tier 1: lead firm', 'tier 2: suppliers']);
  });

  it('puts the lead firm above its suppliers and makes the larger group the larger node', () => {
    draw();
    const lead = screen.getByRole('button', { name: 'Deepland: lead firm' });
    const sup = screen.getByRole('button', { name: 'Deepland: suppliers' });
    expect(parseFloat(lead.style.top)).toBeLessThan(parseFloat(sup.style.top));
    expect(widthOf(sup)).toBeGreaterThan(widthOf(lead));
  });

  it('legends the shapes and line styles in use, and grows marks for the projector', () => {
    const screenView = draw(SCREEN_TYPE, 'deep');
    expect(screen.getByRole('list', { name: 'Shapes' })).toHaveTextContent(/large firm/i);
    expect(screen.getByRole('list', { name: 'Links' })).toHaveTextContent(/subcontracting/i);
    expect(screenView.container.querySelector('[data-model="flat"]')).toHaveClass('is-dimmed');
    const node = () => widthOf(screen.getByRole('button', { name: 'Deepland: suppliers' }));
    const screenNode = node();
    screenView.unmount();
    draw(PRESENT_TYPE);
    expect(node()).toBeGreaterThan(screenNode);
  });
});

import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
import { PRINT_CHART_WIDTH, usePrintWidth } from '../../../src/views/hierarchy/usePrintWidth';
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
  glyph: (type) => ({ 'large-firm': 'L', sme: 'S' })[type as string] ?? '?',
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
        glyph={labels.glyph}
        labels={{ types: 'Letters', links: 'Links', count: 'Badge: count' }}
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
  });

  it('writes every label and count beside its node, and lays the lead firm over its suppliers at one size', () => {
    const { container } = draw();
    const panel = container.querySelector('[data-model="deep"]')!;
    const nodeText = (id: string) => panel.querySelector(`[data-node="${id}"]`)!.textContent;
    expect(nodeText('lead')).toBe('Llead firm');
    expect(nodeText('sup')).toBe('S×20suppliers');
    const lead = screen.getByRole('button', { name: 'Deepland: lead firm' });
    const sup = screen.getByRole('button', { name: 'Deepland: suppliers' });
    expect(parseFloat(lead.style.top)).toBeLessThan(parseFloat(sup.style.top));
    expect(widthOf(sup)).toBe(widthOf(lead));
    const rects = [...panel.querySelectorAll('rect.hierarchy-glyph')];
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual(rects.map(() => 'var(--model-1)'));
  });

  it('legends the letters and at most four line styles, and grows marks for the projector', () => {
    const screenView = draw(SCREEN_TYPE, 'deep');
    expect(screen.getByRole('list', { name: 'Letters' })).toHaveTextContent(/Llarge firm/i);
    expect(screen.getByRole('list', { name: 'Links' })).toHaveTextContent(/subcontracting/i);
    expect(screenView.container.querySelector('[data-model="flat"]')).toHaveClass('is-dimmed');
    const node = () => widthOf(screen.getByRole('button', { name: 'Deepland: suppliers' }));
    const screenNode = node();
    screenView.unmount();
    draw(PRESENT_TYPE);
    expect(node()).toBeGreaterThan(screenNode);
  });

  it('groups every link kind of the codebook into one of four line styles', () => {
    const kinds = codebook().linkKinds.map((k) => ({ id: k.id, label: k.label }));
    const layout = layoutHierarchy(graphs, 900, SCREEN_TYPE);
    render(
      <HierarchyLegend
        types={[]}
        kinds={kinds}
        layout={layout}
        glyph={labels.glyph}
        labels={{ types: 'Letters', links: 'Links', count: 'Badge: count' }}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Links' })).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.style)).toEqual(['solid', 'dashed', 'dotted', 'double']);
    const research = items.find((li) => /research/.test(li.textContent ?? ''))!;
    expect(research.textContent).toMatch(/finance/);
    expect(
      items
        .map((li) => li.textContent)
        .join(', ')
        .split(', '),
    ).toHaveLength(kinds.length);
  });
});

describe('Hierarchy width for print', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A print media query the test switches, as emulated print or the browser's Print does. */
  function printQuery(matches: boolean) {
    const listeners = new Set<() => void>();
    const query = {
      matches,
      addEventListener: (_: string, l: () => void) => listeners.add(l),
      removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    };
    vi.stubGlobal('matchMedia', (q: string) =>
      q === 'print' ? query : { ...query, matches: false },
    );
    return {
      set(next: boolean) {
        query.matches = next;
        listeners.forEach((l) => l());
      },
    };
  }

  it('lays out at the page width while printing and at the screen width after', () => {
    const media = printQuery(false);
    const { result } = renderHook(() => usePrintWidth(1200));
    expect(result.current).toBe(1200);
    act(() => media.set(true));
    expect(result.current).toBe(PRINT_CHART_WIDTH);
    act(() => media.set(false));
    expect(result.current).toBe(1200);
    act(() => window.dispatchEvent(new Event('beforeprint')));
    expect(result.current).toBe(PRINT_CHART_WIDTH);
    act(() => window.dispatchEvent(new Event('afterprint')));
    expect(result.current).toBe(1200);
  });

  it('keeps a width already narrower than the page', () => {
    printQuery(true);
    const { result } = renderHook(() => usePrintWidth(350));
    expect(result.current).toBe(350);
  });
});

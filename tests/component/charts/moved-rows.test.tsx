/**
 * Rows drawn at their own origin and moved into place (governance bars, state-role rows, the fit
 * ranking): when a
 * change of selection moves a row, the memoised row is not drawn again, so what it shows must still
 * land where the new layout puts it, and a row whose shape changed must be drawn anew.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCREEN_TYPE } from '../../../src/charts/type-scale';
import { deriveGovernance } from '../../../src/views/governance/derive';
import { GovernanceDrawing } from '../../../src/views/governance/GovernanceDrawing';
import type { GovernanceLabels } from '../../../src/views/governance/GovernanceDrawing';
import { layoutGovernance } from '../../../src/views/governance/layout';
import type { GovernanceLayout } from '../../../src/views/governance/layout';
import { deriveStateRole } from '../../../src/views/state-role/derive';
import type { PlacedModel } from '../../../src/views/state-role/derive';
import { layoutStateRole } from '../../../src/views/state-role/layout';
import type { StateRoleLayout } from '../../../src/views/state-role/layout';
import { StateRoleDrawing } from '../../../src/views/state-role/StateRoleDrawing';
import { RankingChartDrawing } from '../../../src/views/fit/RankingChartDrawing';
import { layoutRanking } from '../../../src/views/fit/RankingChartLayout';
import type { RankingLayout } from '../../../src/views/fit/RankingChartLayout';
import { buildChartModel, codebook } from '../../support/corpus';
import { CONFIDENCE, recordingEvents } from './support';
import { fixedEmphasis } from '../../../src/lib/emphasis-channel';

/** The y an SVG row group is moved to, from its transform attribute or its style. */
function groupY(g: Element): number {
  const transform = g.getAttribute('transform') ?? (g as SVGElement).style.transform;
  const match = /translate\(\s*[-\d.]+(?:px)?[ ,]+([-\d.]+)/.exec(transform);
  if (!match) throw new Error(`no translate on ${g.outerHTML.slice(0, 80)}`);
  return Number(match[1]);
}

/** How far down an HTML handle sits: its row's move plus its own top. */
function handleTop(button: HTMLElement): number {
  const row = button.closest<HTMLElement>('.handle-row');
  const moved = row ? Number(/translateY\(([-\d.]+)px\)/.exec(row.style.transform)?.[1] ?? 0) : 0;
  return moved + parseFloat(button.style.top);
}

const models = ['a', 'b', 'c', 'd'].map((id, i) =>
  buildChartModel(id, {
    name: `Model ${id.toUpperCase()}`,
    governance: { national: 0.2 + 0.1 * i, regional: 0.3, local: 0.5 - 0.1 * i },
    stateRole: 5 - i,
  }),
);

describe('governance bars moved by a change of selection', () => {
  const level = { national: 'National', regional: 'Regional', local: 'Local' };
  const labels: GovernanceLabels = {
    title: 'Governance',
    description: 'bars',
    level,
    initial: { national: 'N', regional: 'R', local: 'L' },
    lead: 'lead',
    leadLegend: 'lead',
    approximateLegend: 'approximate',
    legend: 'Legend',
    actorsHere: 'Actors here',
    noActors: 'none',
    markName: (row, s) => `${row.name} ${level[s.level]}`,
    confidence: CONFIDENCE,
  };
  const { events } = recordingEvents();
  const layoutOf = (ids: string[], width = 900) =>
    layoutGovernance(
      deriveGovernance(models.filter((m) => ids.includes(m.id))),
      width,
      SCREEN_TYPE,
      labels,
    );
  const drawing = (layout: GovernanceLayout) => (
    <GovernanceDrawing
      layout={layout}
      labels={labels}
      emphasis={fixedEmphasis(null)}
      events={events}
    />
  );

  function expectPlaced(container: HTMLElement, layout: GovernanceLayout) {
    for (const bar of layout.bars) {
      const g = container.querySelector(`g.row[data-model="${bar.row.id}"]`)!;
      expect(groupY(g)).toBeCloseTo(bar.y, 6);
      const name = g.querySelector('.row-label')!;
      expect(groupY(g) + Number(name.getAttribute('y'))).toBeCloseTo(bar.name.y, 6);
      const rect = g.querySelector('rect')!;
      expect(Number(rect.getAttribute('x'))).toBeCloseTo(bar.segments[0]!.x, 6);
      for (const s of bar.segments) {
        const button = screen.getByRole('button', { name: `${bar.row.name} ${level[s.level]}` });
        expect(handleTop(button)).toBeCloseTo(s.hit.y, 6);
        expect(parseFloat(button.style.left)).toBeCloseTo(s.hit.x, 6);
      }
    }
  }

  it('puts every bar, name and handle where the new layout does when a bar above goes or comes', () => {
    const all = layoutOf(['a', 'b', 'c', 'd']);
    const view = render(drawing(all));
    expectPlaced(view.container, all);
    const without = layoutOf(['b', 'c', 'd']);
    expect(without.bars[0]!.y).not.toBeCloseTo(all.bars[1]!.y, 3);
    view.rerender(drawing(without));
    expectPlaced(view.container, without);
    expect(view.container.querySelector('g.row[data-model="a"]')).toBeNull();
    view.rerender(drawing(all));
    expectPlaced(view.container, all);
  });

  it('draws the bars anew when their shape changes, not only their place', () => {
    const view = render(drawing(layoutOf(['a', 'b', 'c'], 900)));
    const narrower = layoutOf(['a', 'b', 'c'], 700);
    view.rerender(drawing(narrower));
    expectPlaced(view.container, narrower);
  });
});

describe('state-role rows moved by a change of selection', () => {
  const markName = (m: PlacedModel) => `${m.name} at ${m.value}`;
  const { events } = recordingEvents();
  const layoutOf = (ids: string[], width = 800) =>
    layoutStateRole(
      deriveStateRole(
        models.filter((m) => ids.includes(m.id)),
        codebook(),
      ),
      width,
      SCREEN_TYPE,
    );
  const drawing = (layout: StateRoleLayout) => (
    <div>
      <StateRoleDrawing
        layout={layout}
        labels={{ title: 'State role', description: 'rows', markName, confidence: CONFIDENCE }}
        emphasis={fixedEmphasis(null)}
        events={events}
      />
    </div>
  );

  function expectPlaced(container: HTMLElement, layout: StateRoleLayout) {
    for (const row of layout.rows) {
      const g = container.querySelector(`g.row[data-model="${row.model.id}"]`)!;
      expect(groupY(g)).toBeCloseTo(row.y, 6);
      const label = g.querySelector('.row-label')!;
      expect(groupY(g) + Number(label.getAttribute('y'))).toBeCloseTo(row.label.y, 6);
      expect(Number(label.getAttribute('x'))).toBeCloseTo(row.label.x, 6);
      const button = screen.getByRole('button', { name: markName(row.model) });
      expect(handleTop(button)).toBeCloseTo(row.hit.y, 6);
      expect(parseFloat(button.style.left)).toBeCloseTo(row.hit.x, 6);
    }
  }

  it('puts every row, name and handle where the new layout does when a row above goes or comes', () => {
    const all = layoutOf(['a', 'b', 'c', 'd']);
    const view = render(drawing(all));
    expectPlaced(view.container, all);
    const without = layoutOf(['a', 'c', 'd']);
    view.rerender(drawing(without));
    expectPlaced(view.container, without);
    view.rerender(drawing(all));
    expectPlaced(view.container, all);
  });

  it('draws the rows anew when their shape changes, not only their place', () => {
    const view = render(drawing(layoutOf(['a', 'b', 'c'], 800)));
    const narrower = layoutOf(['a', 'b', 'c'], 560);
    view.rerender(drawing(narrower));
    expectPlaced(view.container, narrower);
  });
});

describe('ranking rows moved by a change of selection or of the answers', () => {
  const ranked = [
    { id: 'near', name: 'Nearby', distance: 0.2, index: 0 },
    { id: 'mid', name: 'Midway', distance: 0.4, index: 1 },
    { id: 'far', name: 'Faraway', distance: 0.7, index: 2 },
  ];
  const { events } = recordingEvents();
  const drawing = (layout: RankingLayout) => (
    <RankingChartDrawing
      layout={layout}
      labels={{ title: 'Nearest', description: 'rows' }}
      emphasis={fixedEmphasis(null)}
      link={events.link}
    />
  );

  function expectPlaced(container: HTMLElement, layout: RankingLayout) {
    for (const row of layout.rows) {
      const g = container.querySelector(`g.row[data-model="${row.model.id}"]`)!;
      expect(groupY(g)).toBeCloseTo(row.y, 6);
      const [name, value] = [...g.querySelectorAll('text')];
      expect(groupY(g) + Number(name!.getAttribute('y'))).toBeCloseTo(row.name.y, 6);
      expect(groupY(g) + Number(value!.getAttribute('y'))).toBeCloseTo(row.value.y, 6);
      expect(value).toHaveTextContent(`${row.similarity}%`);
      expect(Number(g.querySelector('rect')!.getAttribute('width'))).toBeCloseTo(row.bar.width, 6);
    }
  }

  it('puts every row where the new layout does when a row above goes, and draws changed rows anew', () => {
    const all = layoutRanking(ranked, 800, SCREEN_TYPE);
    const view = render(drawing(all));
    expectPlaced(view.container, all);
    const without = layoutRanking(ranked.slice(1), 800, SCREEN_TYPE);
    view.rerender(drawing(without));
    expectPlaced(view.container, without);
    const nearer = layoutRanking(
      ranked.map((r) => ({ ...r, distance: r.distance / 2 })),
      800,
      SCREEN_TYPE,
    );
    view.rerender(drawing(nearer));
    expectPlaced(view.container, nearer);
  });
});

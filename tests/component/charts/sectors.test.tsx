import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import type { SectorSort } from '../../../src/views/sectors/derive';
import { deriveSectors } from '../../../src/views/sectors/derive';
import { HeatMapDrawing } from '../../../src/views/sectors/HeatMapDrawing';
import type { HeatMapLabels } from '../../../src/views/sectors/HeatMapDrawing';
import { layoutSectors } from '../../../src/views/sectors/layout';
import { buildChartModel } from '../../support/corpus';
import { CONFIDENCE, recordingEvents } from './support';

const models = [
  buildChartModel('old', {
    name: 'Oldtown',
    sectors: { traditional: 0.8, industrial: 0.2, 'high-tech': 0, mixed: 0 },
  }),
  buildChartModel('new', {
    name: 'Newtown',
    sectors: { traditional: 0, industrial: 0.1, 'high-tech': 0.6, mixed: 0.3 },
  }),
  buildChartModel('guess', {
    name: 'Guesstown',
    sectors: { traditional: 0.34, industrial: 0.16, 'high-tech': 0.5, mixed: 0 },
    confidence: 'low',
  }),
];
const family = { traditional: 'Trad', industrial: 'Ind', 'high-tech': 'Hi', mixed: 'Mix' };
const labels: HeatMapLabels = {
  caption: 'Sectors',
  model: 'Model',
  family,
  sortBy: (f) => `sort by ${family[f]}`,
  sortCorpus: 'article order',
  sortedBy: (f) => `sorted by ${family[f]}`,
  sortedCorpus: 'in article order',
  scale: 'Shade scale',
  approximateLegend: 'dashed, ≈: low confidence',
  cellName: (row, c) => `${row.name} ${family[c.cell.family]} ${c.shown}`,
  confidence: CONFIDENCE,
};

function draw(sortBy: SectorSort = null, type: TypeScale = SCREEN_TYPE) {
  const recorded = recordingEvents();
  const sorted: SectorSort[] = [];
  const view = render(
    <HeatMapDrawing
      layout={layoutSectors(deriveSectors(models, sortBy), type, 'light')}
      labels={labels}
      sortBy={sortBy}
      onSort={(f) => sorted.push(f)}
      emphasis="new"
      events={recorded.events}
    />,
  );
  return { ...view, ...recorded, sorted };
}

describe('HeatMapDrawing, from props alone', () => {
  it('gives every model × family a named, operable cell showing its share', () => {
    const { opened, linked } = draw();
    const cell = screen.getByRole('button', { name: 'Newtown Hi 60%' });
    expect(cell).toHaveTextContent('60%');
    for (const name of ['Oldtown Trad 80%', 'Oldtown Mix 0%', 'Newtown Ind 10%'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    fireEvent.mouseEnter(cell);
    fireEvent.click(cell);
    expect(linked).toEqual(['new']);
    expect(opened).toEqual(['new']);
  });

  it('shades cells by share and marks the emphasised row', () => {
    draw();
    const shade = (name: string) =>
      screen.getByRole('button', { name }).closest('td')!.style.background;
    expect(shade('Oldtown Trad 80%')).not.toBe(shade('Oldtown Mix 0%'));
    expect(screen.getByRole('row', { name: /Oldtown/ })).toHaveClass('is-dimmed');
    expect(screen.getByRole('row', { name: /Newtown/ })).toHaveClass('is-focused');
  });

  it('says the sort on the column (aria-sort), on its button (▼ sorted, ⇅ sortable) and in words', () => {
    const { unmount } = draw('high-tech');
    const header = (name: RegExp) => screen.getByRole('columnheader', { name });
    expect(header(/^Hi/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/^Trad/)).toHaveAttribute('aria-sort', 'none');
    expect(header(/^Model/)).toHaveAttribute('aria-sort', 'none');
    expect(header(/^Hi/)).toHaveTextContent('Hi▼');
    expect(header(/^Trad/)).toHaveTextContent('Trad⇅');
    expect(screen.getByText('sorted by Hi')).toBeInTheDocument();
    unmount();
    draw(null);
    expect(header(/^Model/)).toHaveAttribute('aria-sort', 'other');
    expect(header(/^Hi/)).toHaveTextContent('Hi⇅');
    expect(screen.getByText('in article order')).toBeInTheDocument();
  });

  it('shows a low-confidence row as "≈", rounded to 10%, dashed; and a legend of the shades', () => {
    draw();
    const guess = screen.getByRole('button', { name: 'Guesstown Trad ≈30%' });
    expect(guess).toHaveTextContent('≈30%');
    expect(guess.closest('td')).toHaveClass('heat-cell--approximate');
    expect(screen.getByRole('button', { name: 'Newtown Hi 60%' }).closest('td')).not.toHaveClass(
      'heat-cell--approximate',
    );
    const legend = screen.getByRole('list', { name: 'Shade scale' });
    const steps = within(legend).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
      '≈dashed, ≈: low confidence',
    ]);
    expect(steps[0]!.style.background).not.toBe(steps[4]!.style.background);
  });

  it('sorts by a family on request, shows the order it was given, and sizes markers by medium', () => {
    const { sorted, unmount, container } = draw('high-tech');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Newtown (medium conf.)',
      'Guesstown (low conf.)',
      'Oldtown (medium conf.)',
    ]);
    expect(screen.getByRole('button', { name: 'Hi — sort by Hi' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Trad — sort by Trad' }));
    expect(sorted).toEqual(['traditional']);
    expect(container.querySelector('.model-marker')).toHaveAttribute('width', '14');
    unmount();
    const present = draw(null, PRESENT_TYPE);
    expect(present.container.querySelector('.model-marker')).toHaveAttribute('width', '24');
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import { CardGlyph } from '../../../src/views/overview/CardGlyph';
import type { CardGlyphLabels } from '../../../src/views/overview/CardGlyph';
import { deriveCard } from '../../../src/views/overview/derive';
import { GLYPH_WIDTH, layoutGlyph } from '../../../src/views/overview/layout';
import type { EvidenceKey } from '../../../src/corpus/vocabulary';
import { Overview } from '../../../src/views/overview/Overview';
import { buildChartModel, bundledCorpus, codebook } from '../../support/corpus';
import { renderView } from '../render-view';
import { hrefFor } from '../../../src/state/url';
import { urlContextOfBundle } from '../../../src/state/useUrlSync';

const card = deriveCard(
  buildChartModel('g', {
    name: 'Glyphland',
    stateRole: 2,
    governance: { national: 0.1, regional: 0.2, local: 0.7 },
    lead: 'local',
  }),
  codebook(),
);
const labels: CardGlyphLabels = {
  title: 'Glyphland on four dimensions',
  description: 'state role 2 of 5',
  rows: { stateRole: 'State', governanceLevel: 'Gov', sectorFocus: 'Sect', firmHierarchy: 'Hier' },
  initial: {
    national: 'N',
    regional: 'R',
    local: 'L',
    traditional: 'T',
    industrial: 'I',
    'high-tech': 'H',
    mixed: 'M',
  },
};

function draw(type: TypeScale) {
  const layout = layoutGlyph(card.glyph, GLYPH_WIDTH * type.factor, type, labels.rows);
  return render(<CardGlyph layout={layout} index={3} labels={labels} />);
}

describe('CardGlyph, from props alone', () => {
  it('is one image named by its title and description, with its four rows', () => {
    draw(SCREEN_TYPE);
    expect(
      screen.getByRole('img', { name: 'Glyphland on four dimensions state role 2 of 5' }),
    ).toBeInTheDocument();
    for (const row of ['State', 'Gov', 'Sect', 'Hier'])
      expect(screen.getByText(row)).toBeInTheDocument();
  });

  it('fills as many dots as the value and draws shares left to right by size', () => {
    const { container } = draw(SCREEN_TYPE);
    // The rows are the svg's own groups (its defs hold the print textures).
    const rows = container.querySelectorAll('svg.card-glyph > g');
    expect(rows).toHaveLength(4);
    const firstRow = rows[0]!;
    const filled = [...firstRow.querySelectorAll('circle')].map(
      (c) => c.getAttribute('fill') !== 'none',
    );
    expect(filled).toEqual([true, true, false, false, false]);
    const governance = rows[1]!;
    // The coloured segments, not the texture laid over each for print.
    const widths = [...governance.querySelectorAll('g > rect:not(.share-texture)')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths[2]).toBeGreaterThan(widths[1]! * 3);
    expect(governance).toHaveTextContent('L');
  });

  it('writes at the type scale’s size and is drawn larger for the projector', () => {
    const screenView = draw(SCREEN_TYPE);
    // An SVG attribute, not an inline style: the baked first page may carry no inline style.
    expect(screen.getByText('State')).toHaveAttribute('font-size', '12');
    const screenR = Number(screenView.container.querySelector('circle')!.getAttribute('r'));
    screenView.unmount();
    const present = draw(PRESENT_TYPE);
    for (const text of present.container.querySelectorAll<SVGTextElement>('text'))
      expect(text).toHaveAttribute('font-size', '24');
    expect(Number(present.container.querySelector('circle')!.getAttribute('r'))).toBeGreaterThan(
      screenR,
    );
  });
});

describe('Overview cards, as ways in to the evidence', () => {
  it('makes each headline fact a button that opens the evidence for its dimension', async () => {
    const user = userEvent.setup();
    const { store } = renderView(Overview, bundledCorpus());
    const japan = screen.getByRole('article', { name: 'Japan' });
    const facts: [string, EvidenceKey][] = [
      ['Japan: state role 5 — director, open the evidence', 'stateRole'],
      ['Japan: led at national level (50%), open the evidence', 'governanceLevel'],
      ['Japan: main sector family mixed (55%), open the evidence', 'sectorFocus'],
    ];
    for (const [name, key] of facts) {
      await user.click(within(japan).getByRole('button', { name }));
      expect(store.getState().evidence).toEqual({ model: 'japan', key });
    }
  });

  it('lays a named button over each row of the small chart, which stays one image', async () => {
    const user = userEvent.setup();
    const { store } = renderView(Overview, bundledCorpus());
    const italy = screen.getByRole('article', { name: 'Italy' });
    expect(
      within(italy).getByRole('img', { name: /Italy on the four card dimensions/ }),
    ).toBeVisible();
    const rows = within(italy).getAllByRole('button', { name: /^Italy: small chart, / });
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveAccessibleName(
      'Italy: small chart, state role 2 of 5 (enabler), open the evidence',
    );
    await user.click(rows[3]!);
    expect(store.getState().evidence).toEqual({ model: 'italy', key: 'firmHierarchy' });
    await user.click(rows[1]!);
    expect(store.getState().evidence).toEqual({ model: 'italy', key: 'governanceLevel' });
  });

  it('titles each card with a link to that model’s page', async () => {
    const user = userEvent.setup();
    const { store } = renderView(Overview, bundledCorpus());
    const link = within(screen.getByRole('article', { name: 'France' })).getByRole('link', {
      name: 'France',
    });
    expect(link).toHaveAccessibleDescription('Opens the page of the France model');
    expect(link.getAttribute('href')).toMatch(/view=model/);
    expect(link.getAttribute('href')).toMatch(/model=france/);
    // The link keeps what else is shown (here a selection of models), as any in-app link does:
    // written again when the reader comes to use it, by pointer or by key.
    act(() => store.getState().setSelectedModels(['japan', 'france']));
    const after = within(screen.getByRole('article', { name: 'France' })).getByRole('link', {
      name: 'France',
    });
    const hrefWith = (models: string[]) =>
      hrefFor({ view: 'model', model: 'france', models }, urlContextOfBundle(bundledCorpus()));
    await user.hover(after);
    expect(after.getAttribute('href')).toBe(hrefWith(['japan', 'france']));
    await user.unhover(after);
    act(() => store.getState().setSelectedModels(['france', 'italy']));
    act(() => after.focus());
    expect(after.getAttribute('href')).toBe(hrefWith(['france', 'italy']));
    act(() => store.getState().setSelectedModels(['japan', 'france']));
    await user.hover(after);
    expect(after.getAttribute('href')).toBe(hrefWith(['japan', 'france']));
    await user.click(after);
    expect(store.getState().view).toBe('model');
    expect(store.getState().pageModel).toBe('france');
  });

  it('puts the key to the small charts above the cards', () => {
    renderView(Overview, bundledCorpus());
    const key = screen.getByRole('heading', { name: 'How to read the small charts' });
    const cards = screen.getByRole('list', { name: 'Country models' });
    expect(key.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

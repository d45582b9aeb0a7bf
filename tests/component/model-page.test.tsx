import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/corpus/schema';
import { SCREEN_TYPE } from '../../src/charts/type-scale';
import { stripsOf } from '../../src/views/model/derive';
import { layoutStrip } from '../../src/views/model/layout';
import { ModelPage } from '../../src/views/model/ModelPage';
import { StripDrawing } from '../../src/views/model/StripDrawing';
import { Overview } from '../../src/views/overview/Overview';
import { buildModel, bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

const bundle = bundledCorpus();

function openPage(model: string, corpus: Bundle = bundle) {
  const view = renderView(ModelPage, corpus);
  act(() => view.store.setState({ view: 'model', pageModel: model }));
  return view;
}

describe('ModelPage', () => {
  it('shows the model’s name, phrase and every section under a focusable heading', async () => {
    const { container } = openPage('japan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Japan' })).toBeInTheDocument();
    for (const id of [
      'model-codes',
      'model-strips',
      'model-actors',
      'model-instruments',
      'model-examples',
      'model-facts',
      'model-lessons',
    ]) {
      const section = container.querySelector(`section#${id}`);
      expect(section, id).not.toBeNull();
      expect(section!.querySelector('h2')!.tabIndex).toBe(-1);
    }
    expect(container.querySelector('#model-actor-state')).not.toBeNull();
    expect(container.querySelector('#model-instrument-science-laws')).not.toBeNull();
    expect(container.querySelector('#model-lesson-0')).not.toBeNull();
  });

  it('says briefly when the model has none of a kind (Japan: no examples, no facts)', () => {
    openPage('japan');
    expect(screen.getByText(/names no example clusters or regions/)).toBeInTheDocument();
    expect(screen.getByText(/records no figures/)).toBeInTheDocument();
  });

  it('opens each coded value’s evidence from its button', async () => {
    const user = userEvent.setup();
    const { store } = openPage('japan');
    const buttons = screen.getAllByRole('button', { name: /^Japan: .* — open the evidence$/ });
    expect(buttons).toHaveLength(5);
    await user.click(
      screen.getByRole('button', { name: 'Japan: Governance level — open the evidence' }),
    );
    expect(store.getState().evidence).toEqual({ model: 'japan', key: 'governanceLevel' });
  });

  it('names a strip per dimension and category with the model’s value', () => {
    openPage('japan');
    const strips = document.getElementById('model-strips')!;
    expect(strips.querySelectorAll('.model-strip-row')).toHaveLength(10);
    expect(within(strips).getByText('5 — director')).toBeInTheDocument();
  });

  it('gives each quote one element: later items point back to it', () => {
    const { container } = openPage('japan');
    const ids = [...container.querySelectorAll('[id^="evidence-"]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A pointer names the item and section that show the quote, and links to that quote.
    const pointer = screen.getAllByRole('link', {
      name: /^Same quote as under “Centres for cooperative research” \(Actors\) · p33$/,
    })[0]!;
    const target = pointer.getAttribute('href')!.slice(1);
    expect(document.getElementById(target)).not.toBeNull();
    expect(screen.queryByText(/Quote shown above/)).toBeNull();
  });

  it('sets a fact’s figure apart from its label', () => {
    openPage('united-kingdom');
    const fact = document.getElementById('model-fact-0')!;
    expect(fact.querySelector('.model-fact__value')).toHaveTextContent(/^over 10 years$/);
    expect(fact.querySelector('.model-fact__label')).toHaveTextContent(
      'Years of successful regional dynamism',
    );
    // Read aloud or copied, the two stay apart.
    expect(fact.querySelector('.model-fact')!.textContent).toMatch(/over 10 years — Years/);
  });

  it('links to the previous and next model and moves in the page', async () => {
    const user = userEvent.setup();
    const { store } = openPage('japan');
    const ids = bundle.models.map((m) => m.id);
    const before = ids[ids.indexOf('japan') - 1]!;
    const previous = screen.getByRole('link', { name: /Previous model/ });
    expect(previous.getAttribute('href')).toMatch(new RegExp(`model=${before}`));
    await user.click(previous);
    expect(store.getState().pageModel).toBe(before);
  });

  it('compares with the model chosen', async () => {
    const user = userEvent.setup();
    const { store } = openPage('japan');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'france');
    const link = screen.getByRole('link', { name: 'Compare Japan with France' });
    expect(link.getAttribute('href')).toMatch(/view=compare/);
    expect(decodeURIComponent(link.getAttribute('href')!)).toMatch(/models=japan,france/);
    await user.click(link);
    expect(store.getState().view).toBe('compare');
    expect(store.getState().selectedModels).toEqual(['japan', 'france']);
  });

  it('works for a corpus of one model: no neighbours, no comparison, strips alone', () => {
    const one = { ...bundle, models: [buildModel({ id: 'solo', name: 'Solo' })] };
    openPage('solo', one);
    expect(screen.getByRole('heading', { level: 1, name: 'Solo' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Previous model|Next model/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Compare with' })).toBeNull();
    // Strips are drawn once measured (no ResizeObserver here): their section is still there.
    expect(document.getElementById('model-strips')).not.toBeNull();
  });
});

describe('StripDrawing, from props alone', () => {
  it('is one image with its title and text alternative, the model marked, a ring at low confidence', () => {
    const strip = stripsOf(bundle.models, 'japan', bundle.codebook)[0]!;
    const { container } = render(
      <StripDrawing
        layout={layoutStrip(strip, 400, SCREEN_TYPE)}
        index={4}
        low
        title="State role: Japan among the other models"
        description="Japan at 5; of the 4 other models, 4 below."
        tickLabel={String}
        otherTitle={(id) => `Model ${id}: 1`}
      />,
    );
    const img = screen.getByRole('img', { name: /State role: Japan among the other models/ });
    expect(img).toHaveAccessibleName(/4 below/);
    const others = [...container.querySelectorAll('.model-strip__other')];
    expect(others).toHaveLength(4);
    // Each other model in its own marker shape, named with its value on hover.
    expect(new Set(others.map((o) => o.querySelector('path')!.getAttribute('d'))).size).toBe(4);
    expect(others[0]!.querySelector('title')).toHaveTextContent(/^Model \w+: \d$/);
    expect(container.querySelector('.model-mark.is-focused')).not.toBeNull();
    expect(container.querySelector('.approximate-outline')).not.toBeNull();
    const ticks = [...container.querySelectorAll<SVGTextElement>('text')];
    expect(ticks.map((t) => t.textContent)).toEqual(['1', '2', '3', '4', '5']);
    for (const t of ticks) expect(t.style.fontSize).toBe('12px');
  });
});

describe('overview cards link to the model page', () => {
  it('titles each card with a link to that model’s page', async () => {
    const user = userEvent.setup();
    const { store } = renderView(Overview, bundle);
    const link = within(screen.getByRole('article', { name: 'France' })).getByRole('link', {
      name: 'France',
    });
    expect(link).toHaveAccessibleDescription('Opens the page of the France model');
    expect(link.getAttribute('href')).toMatch(/view=model/);
    expect(link.getAttribute('href')).toMatch(/model=france/);
    await user.click(link);
    expect(store.getState().view).toBe('model');
    expect(store.getState().pageModel).toBe('france');
  });
});

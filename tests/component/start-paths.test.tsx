import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StartPaths } from '../../src/views/overview/StartPaths';
import { Overview } from '../../src/views/overview/Overview';
import { buildBundle, buildModel, buildTour, bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

/** The line of one kind of reader, found by its label ("Students:"). */
const line = (who: string) => {
  const item = screen.getByText(`${who}:`).closest('li');
  if (!item) throw new Error(`no line for ${who}`);
  return within(item);
};
const hrefOf = (scope: ReturnType<typeof within>, name: string) =>
  scope.getByRole('link', { name }).getAttribute('href');

describe('where to start (overview)', () => {
  it('offers one line per kind of reader, each a real link to where the path starts', () => {
    renderView(StartPaths, bundledCorpus());
    const section = screen.getByRole('region', { name: 'Where to start' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(4);

    const students = line('Students');
    expect(hrefOf(students, 'Five ways to build a cluster')).toBe('?tour=five-ways&step=1');
    expect(hrefOf(students, 'Model pages')).toBe('?view=model');
    expect(hrefOf(line('Policymakers'), 'Policy fit')).toBe('?view=fit');
    const lecturers = line('Lecturers');
    expect(hrefOf(lecturers, 'Tours')).toBe('?view=tours');
    expect(hrefOf(lecturers, 'Presentation mode (P)')).toBe('?present=1');
    const researchers = line('Researchers');
    expect(researchers.getByRole('button', { name: 'Load your corpus…' })).toBeTruthy();
    expect(hrefOf(researchers, 'Model editor')).toBe('?view=editor');
    const schema = researchers.getByRole('link', { name: 'JSON Schema' });
    expect(schema.getAttribute('href')).toBe('corpus.schema.json');
    expect(schema.hasAttribute('download')).toBe(true);
  });

  it('links carry what is shown (models, language), so a new tab shows the same', () => {
    const bundle = bundledCorpus();
    const { store } = renderView(StartPaths, bundle, { selectedModels: ['japan', 'italy'] });
    store.setState({ lang: 'ru' });
    return waitFor(() =>
      expect(hrefOf(line('Policymakers'), 'Policy fit')).toBe(
        '?view=fit&models=japan,italy&lang=ru',
      ),
    );
  });

  it('follows a plain click in the page: the tour starts, a view opens, presentation begins', async () => {
    const user = userEvent.setup();
    const { store } = renderView(StartPaths, bundledCorpus());
    await user.click(screen.getByRole('link', { name: 'Five ways to build a cluster' }));
    expect(store.getState().tour).toBe('five-ways');
    expect(store.getState().step).toBe(1);

    store.setState({ tour: null, view: 'overview' });
    await user.click(screen.getByRole('link', { name: 'Policy fit' }));
    expect(store.getState().view).toBe('fit');

    await user.click(screen.getByRole('link', { name: 'Presentation mode (P)' }));
    expect(store.getState().present).toBe(true);
  });

  it('opens the corpus loader from the researchers’ line, and Esc closes it', async () => {
    const user = userEvent.setup();
    renderView(StartPaths, bundledCorpus());
    await user.click(screen.getByRole('button', { name: 'Load your corpus…' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('without the "five-ways" tour (a corpus of one’s own), students get the model pages and tours', () => {
    const bundle = buildBundle({
      models: [buildModel({ id: 'alpha' }), buildModel({ id: 'beta' })],
      tours: [buildTour({ id: 'my-tour' })],
    });
    renderView(StartPaths, bundle);
    const students = line('Students');
    expect(students.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Model pages',
      'Tours',
    ]);
    expect(hrefOf(students, 'Tours')).toBe('?view=tours');
  });

  it('shows on the overview, above the cards', () => {
    renderView(Overview, bundledCorpus());
    const start = screen.getByRole('region', { name: 'Where to start' });
    const cards = screen.getByRole('list', { name: 'Country models' });
    expect(start.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([{ embed: true }, { tour: 'five-ways' }])(
    'is left out of the overview when embedded or during a tour (%o)',
    (state) => {
      const { store } = renderView(Overview, bundledCorpus());
      act(() => store.setState(state));
      expect(screen.queryByRole('region', { name: 'Where to start' })).toBeNull();
    },
  );
});

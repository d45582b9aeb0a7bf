import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/react';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import type { TourDraft } from '../../src/corpus/tour-files';
import { createAppStore } from '../../src/state/store';
import type { AppState } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { createGuardedStorage } from '../../src/state/storage';
import { createOwnTours, OwnToursContext } from '../../src/tours/own-tours';
import type { OwnTours } from '../../src/tours/own-tours';
import AddStepDialog from '../../src/tours/AddStepDialog';
import { Tours } from '../../src/views/tours/Tours';
import { bundledCorpus } from '../support/corpus';
import { memoryBackend } from '../support/storage';

const bundle = bundledCorpus();
const point = (text: string) => `${text}: a talking point long enough to pass.`;

const twoSteps: Omit<TourDraft, 'id'> = {
  title: 'My lecture',
  summary: 'A lecture of three steps, for the tests.',
  steps: [
    { title: 'Overview', view: 'overview', talkingPoints: [point('One')] },
    { title: 'State role', view: 'state-role', focus: 'japan', talkingPoints: [point('Two')] },
    {
      title: 'Lessons',
      view: 'compare',
      part: 'lessons',
      models: ['france', 'italy'],
      evidence: { model: 'france', key: 'lessons' },
      talkingPoints: [point('Three')],
    },
  ],
};

function mount(
  ui: React.ReactNode,
  tours: OwnTours = createOwnTours(memoryStorage()),
  state: Partial<AppState> = {},
) {
  const store = createAppStore({ corpus: { status: 'ready', bundle } });
  store.setState(state);
  const utils = render(
    <I18nProvider i18n={initI18n(en)}>
      <StoreProvider store={store}>
        <OwnToursContext.Provider value={tours}>{ui}</OwnToursContext.Provider>
      </StoreProvider>
    </I18nProvider>,
  );
  return { ...utils, store, tours };
}

function memoryStorage() {
  return createGuardedStorage(
    () => memoryBackend(),
    () => {},
  );
}

const own = () => screen.getByRole('region', { name: 'Your tours' });
const stepTitles = (tours: OwnTours) =>
  tours.getSnapshot().tours[0]!.draft.steps.map((s) => s.title);

describe('the tours page', () => {
  it('lists every step of every tour as a link that opens it', async () => {
    const { store } = mount(<Tours />);
    const steps = screen.getByRole('list', { name: 'Steps of “What the state does”' });
    const links = within(steps).getAllByRole('link');
    expect(links).toHaveLength(7);
    expect(links[4]).toHaveAttribute('href', '?tour=what-the-state-does&step=5');
    await userEvent.click(links[4]!);
    expect(store.getState()).toMatchObject({ tour: 'what-the-state-does', step: 5 });
  });

  it('makes a new tour, open for editing, that lacks steps until views are added', async () => {
    const { tours } = mount(<Tours />);
    await userEvent.click(within(own()).getByRole('button', { name: 'New tour' }));
    expect(tours.getSnapshot().tours.map((t) => t.draft.title)).toEqual(['My tour 1']);
    // Its title field has focus, and it says what it lacks.
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('New tour “My tour 1” created');
    expect(within(own()).getByText(/it needs at least 2 steps/)).toBeInTheDocument();
    expect(within(own()).getByRole('button', { name: /^Present/ })).toBeDisabled();
    await userEvent.clear(screen.getByLabelText('Title'));
    await userEvent.type(screen.getByLabelText('Title'), 'Week 3');
    expect(tours.getSnapshot().tours[0]!.draft.title).toBe('Week 3');
  });

  it('copies a bundled tour into an own tour that can be presented at once', async () => {
    const { tours, store } = mount(<Tours />);
    const copy = screen.getByRole('button', {
      name: 'Copy to your tours — Five ways to build a cluster',
    });
    await userEvent.click(copy);
    const [made] = tours.getSnapshot().tours;
    expect(made!.draft.title).toBe('Five ways to build a cluster (copy)');
    expect(store.getState().ownTours.map((t) => t.id)).toEqual([made!.id]);
    const present = within(own()).getByRole('link', { name: /^Present/ });
    expect(present).toHaveAttribute('href', `?present=1&tour=${made!.id}&step=1`);
    await userEvent.click(present);
    expect(store.getState()).toMatchObject({ tour: made!.id, step: 1, present: true });
  });

  it('edits a step’s title and talking points, one a line', async () => {
    const tours = createOwnTours(memoryStorage());
    tours.create(twoSteps);
    mount(<Tours />, tours);
    await userEvent.click(within(own()).getByRole('button', { name: 'Edit — My lecture' }));
    const step2 = screen.getByRole('group', { name: /Step 2/ });
    expect(within(step2).getByText('Focus: Japan')).toBeInTheDocument();
    const points = within(step2).getByLabelText('Talking points, one a line');
    await userEvent.clear(points);
    await userEvent.type(
      points,
      'Japan directs: the state leads.{Enter}Second point, also long enough.',
    );
    expect(tours.getSnapshot().tours[0]!.draft.steps[1]!.talkingPoints).toEqual([
      'Japan directs: the state leads.',
      'Second point, also long enough.',
    ]);
    expect(
      within(screen.getByRole('group', { name: /Step 3/ })).getByText('Slide: lessons'),
    ).toBeInTheDocument();
  });

  it('reorders steps with the buttons, keeps focus on the moved step and announces the move', async () => {
    const tours = createOwnTours(memoryStorage());
    tours.create(twoSteps);
    mount(<Tours />, tours);
    await userEvent.click(within(own()).getByRole('button', { name: 'Edit — My lecture' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(stepTitles(tours)).toEqual(['State role', 'Overview', 'Lessons']);
    expect(screen.getByRole('status')).toHaveTextContent('“State role” moved to step 1 of 3.');
    // Step 1 has no "up": focus goes to its "down".
    expect(screen.getByRole('button', { name: 'Move step 1 down' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(stepTitles(tours)).toEqual(['Overview', 'State role', 'Lessons']);
    expect(screen.getByRole('button', { name: 'Move step 2 down' })).toHaveFocus();
  });

  it('reorders steps by dragging a handle onto another step', () => {
    const tours = createOwnTours(memoryStorage());
    tours.create(twoSteps);
    const { container } = mount(<Tours />, tours);
    fireEvent.click(within(own()).getByRole('button', { name: 'Edit — My lecture' }));
    const handles = container.querySelectorAll('.step-editor__handle');
    const rows = container.querySelectorAll('.step-editor');
    const dataTransfer = { setData: () => {}, effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(handles[0]!, { dataTransfer });
    // jsdom lays nothing out: every box is at 0, so a pointer at y=10 is in the lower half.
    fireEvent.dragOver(rows[2]!, { dataTransfer, clientY: 10 });
    fireEvent.drop(rows[2]!, { dataTransfer, clientY: 10 });
    expect(stepTitles(tours)).toEqual(['State role', 'Lessons', 'Overview']);
    expect(screen.getByRole('status')).toHaveTextContent('“Overview” moved to step 3 of 3.');
  });

  it('deletes a step and a tour, each with Undo', async () => {
    const tours = createOwnTours(memoryStorage());
    tours.create(twoSteps);
    mount(<Tours />, tours);
    await userEvent.click(within(own()).getByRole('button', { name: 'Edit — My lecture' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete step 2' }));
    expect(stepTitles(tours)).toEqual(['Overview', 'Lessons']);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await userEvent.click(undo);
    expect(stepTitles(tours)).toEqual(['Overview', 'State role', 'Lessons']);
    await userEvent.click(within(own()).getByRole('button', { name: 'Delete — My lecture' }));
    expect(tours.getSnapshot().tours).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('“My lecture” deleted.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(tours.getSnapshot().tours.map((t) => t.draft.title)).toEqual(['My lecture']);
  });

  it('loads a tour file as a copy, and says what is wrong with one it cannot read', async () => {
    const tours = createOwnTours(memoryStorage());
    mount(<Tours />, tours);
    const input = screen.getByLabelText('Load a tour file');
    const five = bundle.tours.find((t) => t.id === 'five-ways')!;
    await userEvent.upload(input, new File([JSON.stringify(five)], 'five-ways.json'));
    expect(
      await screen.findByText(/Loaded “Five ways to build a cluster” from five-ways.json/),
    ).toBeInTheDocument();
    expect(tours.getSnapshot().tours[0]!.draft.title).toBe('Five ways to build a cluster (copy)');
    const broken = { ...five, steps: [{ ...five.steps[0], view: 'maps' }] };
    await userEvent.upload(input, new File([JSON.stringify(broken)], 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json was not loaded; nothing was changed.');
    expect(alert).toHaveTextContent('steps[0].view');
    expect(alert).toHaveTextContent('steps: is too short');
    expect(tours.getSnapshot().tours).toHaveLength(1);
  });
});

describe('adding the view on screen as a step', () => {
  it('adds it to the chosen tour and names the tour and the step number', async () => {
    const tours = createOwnTours(memoryStorage());
    tours.create(twoSteps);
    mount(<AddStepDialog onClose={() => {}} />, tours, {
      view: 'compare',
      selectedModels: ['italy', 'japan'],
      focus: 'japan',
      evidence: { model: 'japan', key: 'instruments' },
    });
    const dialog = screen.getByRole('dialog', { name: 'Add this view as a tour step' });
    expect(within(dialog).getByLabelText('Tour')).toHaveValue(tours.getSnapshot().tours[0]!.id);
    expect(within(dialog).getByText('Models: Italy, Japan')).toBeInTheDocument();
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Part shown on the slide'),
      'instruments',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add step' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Added as step 4 of “My lecture”.',
    );
    expect(tours.getSnapshot().tours[0]!.draft.steps[3]).toEqual({
      title: 'Compare: Japan',
      view: 'compare',
      part: 'instruments',
      models: ['italy', 'japan'],
      focus: 'japan',
      evidence: { model: 'japan', key: 'instruments' },
      talkingPoints: [],
    });
  });

  it('starts a new tour with it when there is none', async () => {
    const { tours } = mount(<AddStepDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText('Tour')).toHaveValue('');
    await userEvent.clear(within(dialog).getByLabelText('Title of the new tour'));
    await userEvent.type(within(dialog).getByLabelText('Title of the new tour'), 'Week 5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add step' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Added as step 1 of “Week 5”.');
    expect(tours.getSnapshot().tours[0]!.id).toBe('own-week-5-1');
  });
});

import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../src/i18n/react';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/corpus/schema';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { PrintTourButton } from '../../src/views/tour-print/PrintTourButton';
import { TourPrint } from '../../src/views/tour-print/TourPrint';
import { buildBundle, buildModel, buildTour } from '../support/corpus';

const tour = buildTour({
  id: 'walk',
  title: 'A walk through two models',
  steps: [
    { title: 'Where they stand', view: 'concepts', talkingPoints: ['First point of step one.'] },
    {
      title: 'How they differ',
      view: 'sources',
      models: ['beta'],
      talkingPoints: ['First point of step two.', 'Second point of step two.'],
    },
  ],
});
const bundle: Bundle = buildBundle({
  models: [buildModel({ id: 'alpha' }), buildModel({ id: 'beta' })],
  tours: [tour],
});

function mount(children: ReactNode, setup?: (s: ReturnType<typeof createAppStore>) => void) {
  const store = createAppStore({ corpus: { status: 'ready', bundle } });
  setup?.(store);
  return render(
    <I18nProvider i18n={initI18n(en)}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nProvider>,
  );
}

describe('a tour on paper', () => {
  it('"Print tour" links to the printable document of that tour, in the reader\'s language', () => {
    mount(<PrintTourButton tour={tour} />, (s) => s.getState().setLang('ru'));
    const link = screen.getByRole('link', { name: 'Print tour: A walk through two models' });
    expect(link.getAttribute('href')).toBe('?print=tour&lang=ru&tour=walk&step=1');
    expect(link.textContent).toBe('Print tour');
  });

  it('gives page 1 to the tour, then a sheet per step with its title and its notes', async () => {
    mount(<TourPrint />, (s) => s.getState().setTour('walk', 1));
    expect(screen.getByRole('heading', { level: 1, name: tour.title })).toBeTruthy();
    const sheets = document.querySelectorAll('.tour-print__sheet--step');
    expect(sheets).toHaveLength(2);
    const second = within(sheets[1] as HTMLElement);
    expect(second.getByRole('heading', { level: 2 }).textContent).toBe('2. How they differ');
    expect(second.getByText('Step 2 of 2', { exact: false })).toBeTruthy();
    expect(second.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'First point of step two.',
      'Second point of step two.',
    ]);
    // A text page has no slide: the sheet names what the projector shows.
    expect(
      await second.findByText('On the projector this step shows the page “Sources & method”.'),
    ).toBeTruthy();
    // The bar: Print, Back to the tour, and the handout choice (on by default).
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the tour' }).getAttribute('href')).toBe(
      '?tour=walk&step=1',
    );
    const handout = screen.getByRole('checkbox', {
      name: "Add the handout for this tour's models",
    });
    expect((handout as HTMLInputElement).checked).toBe(true);
  });

  it('says the tour is not found when the address names none this browser has', () => {
    mount(<TourPrint />);
    expect(screen.getByRole('heading', { level: 1, name: 'Tour not found' })).toBeTruthy();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const questions = () => screen.findByRole('region', { name: 'Your region in five questions' });

describe('policy fit: the empty state', () => {
  it('ranks the models against an example region with one press, and the address carries it', async () => {
    const user = userEvent.setup();
    renderApp('?view=fit');
    await user.click(await screen.findByRole('button', { name: /^Craft region — / }));
    expect(
      await screen.findByRole('heading', { name: 'Nearest model: Italy (91% similar)' }),
    ).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('profile')).toMatch(
      /^1~Craft%20region~2~/,
    );
  });

  it('shows no ranking, no nearest model, no link and nothing to save before a profile', async () => {
    renderApp('?view=fit');
    expect(
      await screen.findByRole('heading', {
        name: 'Describe your region to see which model it sits nearest',
      }),
    ).toBeInTheDocument();
    // Saved profiles can still be imported and loaded (drawn just after the first screen).
    expect(await screen.findByLabelText('Import from JSON')).toBeInTheDocument();
    // Asked once the page's later parts are in, so that their absence means something.
    expect(screen.queryByText(/Nearest model/)).toBeNull();
    expect(screen.queryByRole('heading', { name: /Models ranked/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /What they did/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Share this profile' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save this profile' })).toBeNull();
    expect(screen.getAllByText('Answered: 0 of 5').length).toBeGreaterThan(0);
    // The first question is open; the method and the exact editor are one disclosure away.
    expect(
      within(await questions()).getByRole('group', {
        name: /How much does the state shape the clusters/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Adjust exactly/).closest('details')).not.toHaveAttribute('open');
  });
});

describe('policy fit: the five questions', () => {
  it('are answered by keyboard alone, and the fifth answer sets the profile', async () => {
    const user = userEvent.setup();
    const { store } = renderApp('?view=fit');
    const section = await questions();
    await user.click(within(section).getByLabelText("Region's name"));
    await user.keyboard('Tashkent region');
    // Tab into the first question's radio group; the arrows choose, as in any radio group.
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('1 — market-led');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: '4 — coordinator' })).toBeChecked();
    expect(
      screen.getByText(
        'National programmes, agencies and contracts give clusters their shape and much of their funding.',
        { selector: 'p' },
      ),
    ).toBeInTheDocument();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Next');
    await user.keyboard('{Enter}');
    // Focus moves on to the next question's choices.
    expect(document.activeElement).toHaveAccessibleName(
      'Mostly national: ministries and national agencies',
    );
    await user.keyboard(' ');
    expect(screen.getByText('Answered: 2 of 5', { selector: '[role="status"]' })).toBeVisible();
    expect(store.getState().profile).toBeNull();
    const next = async () => {
      await user.tab();
      while (document.activeElement?.textContent !== 'Next') await user.tab();
      await user.keyboard('{Enter}');
    };
    await next();
    await user.keyboard('{ArrowDown}{ArrowDown}'); // traditional → … → industrial
    expect(
      screen.getByRole('radio', { name: 'Mostly industrial: automotive, chemicals, electronics' }),
    ).toBeChecked();
    await next();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await next();
    expect(store.getState().profile).toBeNull();
    expect(screen.queryByText(/Nearest model/)).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '2 — weak' })).toBeChecked();
    expect(store.getState().profile).toEqual({
      name: 'Tashkent region',
      values: {
        stateRole: 4,
        governanceLevel: { national: 0.7, regional: 0.2, local: 0.1 },
        sectorFocus: { traditional: 0.15, industrial: 0.65, 'high-tech': 0.15, mixed: 0.05 },
        firmHierarchy: 4,
        universityIndustry: 2,
      },
    });
    expect(await screen.findByText(/Nearest model: France/)).toBeInTheDocument();
    // Done closes the question; focus lands on the way to change that answer.
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Back');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Done');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveAccessibleName('Change: Universities and firms');
    // Changing an answer updates the profile at once.
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(store.getState().profile?.values.universityIndustry).toBe(4);
  });

  it('show a linked profile’s answers, and own shares where no preset matches', async () => {
    renderApp('?view=fit&profile=1~Samarkand~2~50.30.20~70.20.5.5~1~3');
    const section = await questions();
    expect(within(section).getByLabelText("Region's name")).toHaveValue('Samarkand');
    // A complete profile opens as its summary: no question is open.
    expect(within(section).queryByRole('radio')).toBeNull();
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Role of the state2 — enablerChange',
      'Who runs cluster policyYour own shares (set in the full editor)Change',
      'IndustriesMostly traditional: crafts, food, textilesChange',
      'How firms are arranged1 — flat network of small firmsChange',
      'Universities and firms3 — emergingChange',
    ]);
    expect(screen.getByText(/Nearest model: Italy/)).toBeInTheDocument();
  });

  it('keep the answers given so far across a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp('?view=fit');
    await user.click(await screen.findByRole('radio', { name: '2 — enabler' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: 'Mostly local: towns and districts' }));
    first.unmount();
    renderApp('?view=fit');
    const section = await questions();
    expect(within(section).getByText('2 — enabler')).toBeInTheDocument();
    expect(within(section).getByText('Mostly local: towns and districts')).toBeInTheDocument();
    // The first question still unanswered is the one open.
    expect(
      within(section).getByRole('group', { name: /Which industries are your region's firms/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Answered: 2 of 5').length).toBeGreaterThan(0);
    // Start again clears them, and the empty state says so.
    await user.click(within(section).getByRole('button', { name: 'Start again' }));
    expect(screen.getAllByText('Answered: 0 of 5').length).toBeGreaterThan(0);
    expect(document.activeElement).toHaveAccessibleName('1 — market-led');
  });
});

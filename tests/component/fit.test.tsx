import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('policy fit: saved profiles', () => {
  it('imports a valid profile file and lists it', async () => {
    const user = userEvent.setup();
    renderApp('?view=fit');
    const input = await screen.findByLabelText('Import from JSON');
    const profiles = {
      format: 'cluster-atlas-profiles',
      version: 1,
      profiles: [
        {
          name: 'Imported region',
          values: {
            stateRole: 4,
            governanceLevel: { national: 0.5, regional: 0.3, local: 0.2 },
            sectorFocus: { traditional: 0.1, industrial: 0.6, 'high-tech': 0.2, mixed: 0.1 },
            firmHierarchy: 4,
            universityIndustry: 2,
          },
        },
      ],
    };
    await user.upload(input, file('profiles.json', JSON.stringify(profiles)));
    expect(await screen.findByText('Imported 1 profile.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load “Imported region”' })).toBeInTheDocument();
  });

  it('refuses a broken file with located errors and imports nothing', async () => {
    const user = userEvent.setup();
    renderApp('?view=fit');
    const input = await screen.findByLabelText('Import from JSON');
    await user.upload(
      input,
      file(
        'broken.json',
        '{"format": "cluster-atlas-profiles", "version": 1, "profiles": [{"name": "X", "values": {"stateRole": 9}}]}',
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(alert).toHaveTextContent(
      'broken.json: profiles[0].values.stateRole: value 9 is off the scale (expected at most 5)',
    );
    await user.upload(input, file('cut.json', '{"format": "cluster'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'cut.json: not valid JSON at line 1, column 20: end of text inside a string (is the file cut short?)',
    );
    expect(
      within(screen.getByRole('group', { name: /Saved profiles/ })).getByText(
        'No saved profile yet.',
      ),
    ).toBeInTheDocument();
  });
});

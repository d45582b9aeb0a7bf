/**
 * JSON a person types or imports goes through the one guarded parse: nesting ten thousand levels
 * deep is refused with a message (it used to overflow the stack with none), and a file with
 * thousands of problems lists the first ones and how many more.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const DEEP = '['.repeat(10_000);
const TOO_DEEP = /line 1, column 33: arrays and objects are nested 10000 levels deep/;

describe('guarded JSON in the editor and in profile import', () => {
  it("the editor's JSON field refuses deep nesting with a message and keeps the text", async () => {
    renderApp('?view=editor');
    fireEvent.click(await screen.findByRole('button', { name: 'Start a new model' }));
    const lessons = await screen.findByLabelText('Lessons (JSON)');
    fireEvent.change(lessons, { target: { value: DEEP } });
    const field = lessons.closest('.field') as HTMLElement;
    expect(await within(field).findByText(TOO_DEEP)).toBeInTheDocument();
    expect((lessons as HTMLTextAreaElement).value).toBe(DEEP);
  });

  it('profile import refuses deep nesting with a message', async () => {
    const user = userEvent.setup();
    renderApp('?view=fit');
    const input = await screen.findByLabelText('Import from JSON');
    await user.upload(input, file('deep.json', DEEP));
    expect(await screen.findByRole('alert')).toHaveTextContent(TOO_DEEP);
  });

  it('profile import lists the first 50 problems of a file, then how many more', async () => {
    const user = userEvent.setup();
    renderApp('?view=fit');
    const input = await screen.findByLabelText('Import from JSON');
    const profiles = Array.from({ length: 30_000 }, () => ({ name: 'no values' }));
    await user.upload(
      input,
      file('many.json', JSON.stringify({ format: 'cluster-atlas-profiles', version: 1, profiles })),
    );
    const alert = await screen.findByRole('alert');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(51);
    expect(items[0]).toHaveTextContent('many.json: profiles[0].values: is missing');
    expect(items[50]).toHaveTextContent('…and 29950 more problems in this file.');
  });
});

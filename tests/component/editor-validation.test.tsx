/**
 * The model editor says what is wrong with a field once the field has been left, not before it
 * is touched; "Show every problem" shows them all at once. Messages are in plain words.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Editor } from '../../src/views/editor/Editor';
import { bundledCorpus } from '../support/corpus';
import { renderView } from './render-view';

const fieldOf = (control: HTMLElement) => control.closest('.field') as HTMLElement;
const problemsIn = (control: HTMLElement) =>
  fieldOf(control).querySelector('.field-problems')?.textContent ?? null;

describe('model editor validation', () => {
  beforeEach(() => {
    localStorage.clear();
    renderView(Editor, bundledCorpus());
    fireEvent.click(screen.getByRole('button', { name: 'Start a new model' }));
  });

  it('shows no problem on a new, untouched form, though the model is not yet valid', () => {
    expect(document.querySelectorAll('.field-problems')).toHaveLength(0);
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    // The status still says there is work to do, and offers to show it.
    expect(screen.getByText(/problems left/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to my corpus' })).toBeDisabled();
  });

  it('flags an empty field once it is left, with its problem linked to it', () => {
    const id = screen.getByLabelText('Id', { exact: true });
    fireEvent.focus(id);
    expect(problemsIn(id)).toBeNull();
    fireEvent.blur(id);
    expect(problemsIn(id)).toBe('Fill this in.');
    expect(id).toHaveAttribute('aria-invalid', 'true');
    const described = id.getAttribute('aria-describedby') ?? '';
    const problems = fieldOf(id).querySelector('.field-problems') as HTMLElement;
    expect(described.split(' ')).toContain(problems.id);
    // Only the field that was left speaks; its neighbour, untouched, does not.
    expect(problemsIn(screen.getByLabelText('Country or region'))).toBeNull();
  });

  it('says in plain words what form an id takes, and clears the problem when it is fixed', () => {
    const id = screen.getByLabelText('Id', { exact: true });
    fireEvent.change(id, { target: { value: 'My Region' } });
    fireEvent.blur(id);
    expect(problemsIn(id)).toBe('Use lower-case letters, digits and hyphens only, e.g. my-region.');
    expect(problemsIn(id)).not.toMatch(/expected|wrong form/);
    fireEvent.change(id, { target: { value: 'my-region' } });
    expect(problemsIn(id)).toBeNull();
    expect(id).toHaveAttribute('aria-invalid', 'false');
  });

  it('"Show every problem" shows each untouched field\'s problems beside it', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Show every problem' }));
    const flagged = [...document.querySelectorAll('.field--invalid')];
    expect(flagged.length).toBeGreaterThan(3);
    const name = screen.getByLabelText('Country or region');
    expect(within(fieldOf(name)).getByText('Fill this in.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show every problem' })).toBeNull();
  });
});

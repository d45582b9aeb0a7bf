import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../src/corpus/profile';
import { encodeProfile } from '../../src/corpus/profile';
import type { DistanceOptions } from '../../src/profile/distance';
import { EXAMPLE_PROFILES } from '../../src/profile/example-profiles';
import { FitBrief } from '../../src/views/fit/FitBrief';
import { briefContent, trimQuote } from '../../src/views/fit/brief/brief-content';
import { bundledCorpus } from '../support/corpus';
import { renderApp } from './render-app';
import { renderView } from './render-view';

/** Profile A of the issue: a strong central state, a few large industrial firms, weak links. */
const resourceRegion: Profile = {
  name: 'Resource region',
  values: EXAMPLE_PROFILES.find((p) => p.id === 'resource')!.values,
};

function renderBrief(options: DistanceOptions = {}) {
  const bundle = bundledCorpus();
  const Brief = () => (
    <FitBrief profile={resourceRegion} models={bundle.models} options={options} />
  );
  const utils = renderView(Brief, bundle);
  return { ...utils, brief: screen.getByRole('article', { name: /Resource region/ }) };
}

describe('trimQuote', () => {
  it('keeps a short quote whole and cuts a long one at a word boundary, its words verbatim', () => {
    expect(trimQuote('A short quote.', 5)).toEqual({ text: 'A short quote.', trimmed: false });
    const long = 'One two three, four five six seven eight nine ten.';
    const cut = trimQuote(long, 3);
    expect(cut).toEqual({ text: 'One two three…', trimmed: true });
    expect(long.startsWith(cut.text.replace('…', ''))).toBe(true);
  });
});

describe('briefContent', () => {
  it('describes the two nearest models, their differences by size, each quote once per model', () => {
    const { models } = bundledCorpus();
    const content = briefContent(resourceRegion, models, {});
    expect(content.nearest.map((m) => m.model.id)).toEqual(['japan', 'france']);
    expect(content.others).toHaveLength(models.length - 2);
    for (const entry of content.nearest) {
      const gaps = entry.differences.map((d) => d.direction.gap);
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      expect(entry.differences.every((d) => d.direction.kind !== 'same')).toBe(true);
      expect(entry.done.length).toBeGreaterThanOrEqual(2);
      expect(entry.done.length).toBeLessThanOrEqual(3);
      const ids = entry.done.flatMap((d) => d.quotes.map((q) => q.evidence.id));
      expect(new Set(ids).size).toBe(ids.length);
      // Every quote is the model's own, and what it supports lies on the side of the gap.
      for (const d of entry.done)
        for (const q of d.quotes) {
          expect(entry.model.evidence).toContain(q.evidence);
          for (const item of q.items) expect(item.evidenceIds).toContain(q.evidence.id);
        }
    }
  });
});

describe('the printed policy brief', () => {
  it('holds the profile in words, the two nearest with similarity, quotes with locators, method, citations and the link', () => {
    const { brief } = renderBrief();
    const text = brief.textContent ?? '';
    expect(within(brief).getByRole('heading', { level: 2 })).toHaveTextContent('Resource region');
    // The profile: steps with their labels, shares in %.
    expect(text).toContain('5 — director');
    expect(text).toContain('national 80%');
    expect(text).toContain('industrial 70%');
    expect(text).toContain('2 — weak');
    // The two nearest, with their similarity, then the others in one line.
    expect(within(brief).getByRole('heading', { name: /1\. Japan, 66% similar/ })).toBeVisible();
    expect(within(brief).getByRole('heading', { name: /2\. France, 61% similar/ })).toBeVisible();
    expect(text).toMatch(/The other models: United Kingdom 53%/);
    // Directional sentences, the largest difference first.
    const japan = within(brief).getByRole('region', { name: /Japan/ });
    const firstMove = japan.querySelector('.fit-brief__direction');
    expect(firstMove).toHaveTextContent(/Japan.*mixed industries.*\+50 points/);
    // Quotes (verbatim, shortened with an ellipsis when long) with the app's locator.
    const quotes = [...brief.querySelectorAll('blockquote')];
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    expect(brief.textContent).toMatch(/\[p\d+\]/);
    for (const q of quotes) expect(q.querySelector('[lang="en"]')?.textContent).toMatch(/^“.+”$/);
    // Method, citations, the link that reopens the profile.
    expect(text).toContain('weighted mean');
    expect(text).toContain(
      'Weights: equal. Codes a model holds with low confidence: counted in full.',
    );
    expect(text).toContain('Foreign experience in forming regional clusters');
    expect(text).toMatch(/Cluster Atlas \(\d{4}\)\. Policy fit/);
    const link = within(brief).getByRole('link');
    const params = new URL(link.getAttribute('href')!).searchParams;
    expect(params.get('view')).toBe('fit');
    expect(params.get('profile')).toBe(encodeProfile(resourceRegion));
    expect(link).toHaveTextContent(link.getAttribute('href')!);
  });

  it('states the weights and the confidence handling as set', () => {
    const { brief } = renderBrief({
      weights: {
        stateRole: 2,
        governanceLevel: 1,
        sectorFocus: 0.5,
        firmHierarchy: 1,
        universityIndustry: 1,
      },
      downWeightLowConfidence: true,
    });
    expect(brief).toHaveTextContent('Weights: Role of the state 2 · Who runs cluster policy 1');
    expect(brief).toHaveTextContent('Industries 0.5');
    expect(brief).toHaveTextContent('counted at half weight');
  });

  it('is part of the fit view once there is a profile, with a Policy brief button that prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp(`?view=fit&profile=${encodeURIComponent(encodeProfile(resourceRegion))}`);
    const button = await screen.findByRole('button', { name: 'Policy brief' });
    expect(await screen.findByRole('article', { name: /Resource region/ })).toBeInTheDocument();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('has no button and no brief before there is a profile', async () => {
    renderApp('?view=fit');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Policy brief' })).toBeNull();
    expect(document.querySelector('.fit-brief')).toBeNull();
  });
});

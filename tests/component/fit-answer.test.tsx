import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import type { DimensionMove, Direction, MoveItem } from '../../src/profile/directions';
import type { Crossing } from '../../src/profile/sensitivity';
import type { Ranked } from '../../src/profile/distance';
import {
  directionWords,
  labelInSentence,
  SHORT_TEXT_MAX,
  shortText,
} from '../../src/views/fit/direction-words';
import { crossingSentence, shownThreshold, spreadSentence } from '../../src/views/fit/sure-words';
import { renderApp } from './render-app';

const t = initI18n(en).t;
const words = directionWords(t, 'en');

const move = (direction: Direction, items: MoveItem[] = []): DimensionMove => ({
  dimension: direction.dimension,
  direction,
  basis: items.length > 0 ? 'side' : 'none',
  groups:
    items.length > 0
      ? [{ evidence: { id: 'e1', quote: 'q', locator: 'p1', cites: [] } as never, items }]
      : [],
  repeats: [],
});
const item = (label: string): MoveItem => ({
  kind: 'actor',
  id: label,
  label,
  text: '',
  evidenceIds: ['e1'],
});

describe('direction words', () => {
  it('says which way and how far on a step scale, both ways', () => {
    expect(
      words.direction({ dimension: 'stateRole', kind: 'steps', steps: -1, gap: 0.25 }, 'France'),
    ).toBe("Your state leads more than France's (1 step)");
    expect(
      words.direction({ dimension: 'stateRole', kind: 'steps', steps: 2, gap: 0.5 }, 'France'),
    ).toBe("France's state leads more than yours (2 steps)");
    expect(
      words.direction({ dimension: 'firmHierarchy', kind: 'steps', steps: 2, gap: 0.5 }, 'Japan'),
    ).toBe("Japan's firms are more hierarchical (2 steps)");
    expect(
      words.direction({ dimension: 'firmHierarchy', kind: 'steps', steps: -3, gap: 0.75 }, 'Italy'),
    ).toBe("Italy's firms are flatter (3 steps)");
  });

  it('names where a model has more of a share, else where it has less', () => {
    const more: Direction = {
      dimension: 'governanceLevel',
      kind: 'shares',
      more: [{ category: 'regional', points: 20 }],
      less: [{ category: 'national', points: 20 }],
      gap: 0.2,
    };
    expect(words.direction(more, 'France')).toBe(
      'France leaves more to the regional level (+20 points)',
    );
    const onlyLess: Direction = {
      dimension: 'sectorFocus',
      kind: 'shares',
      more: [],
      less: [{ category: 'industrial', points: 1 }],
      gap: 0.06,
    };
    expect(words.direction(onlyLess, 'Japan')).toBe(
      "Japan's clusters sit less in industrial industries (−1 point)",
    );
  });

  it('says "the same" in one line, and keeps state role as what the state does', () => {
    const same: Direction = { dimension: 'sectorFocus', kind: 'same', gap: 0 };
    expect(words.direction(same, 'France')).toBe('Sector focus: the same as France');
    const state = move({ dimension: 'stateRole', kind: 'same', gap: 0 }, [
      item('Local authorities'),
    ]);
    expect(words.heading({ ...state, basis: 'all' }, 'France')).toBe("What France's state does");
  });

  it('reads a move as one sentence with its first items', () => {
    const m = move({ dimension: 'stateRole', kind: 'steps', steps: -1, gap: 0.25 }, [
      item('Regional branches'),
      item('Local authorities'),
    ]);
    expect(words.sentence(m, 'France')).toBe(
      "Your state leads more than France's (1 step): France also works through regional branches and local authorities",
    );
    expect(words.summary({ ...m, basis: 'code' }, 'France')).toBeNull();
  });
});

describe("an item's label inside a sentence", () => {
  it('starts a heading-style label in lower case and leaves names as written', () => {
    expect(labelInSentence('Regional administrations', 'en')).toBe('regional administrations');
    expect(labelInSentence('The Japanese state', 'en')).toBe('the Japanese state');
    expect(labelInSentence('Emerging Cluster Support Initiative', 'en')).toBe(
      'Emerging Cluster Support Initiative',
    );
    expect(labelInSentence('Joint R&D contracts with industry', 'en')).toBe(
      'Joint R&D contracts with industry',
    );
    expect(labelInSentence('SBIR', 'en')).toBe('SBIR');
    expect(labelInSentence('Региональные администрации', 'ru')).toBe('региональные администрации');
    expect(labelInSentence('Японское государство', 'ru')).toBe('японское государство');
  });
});

describe("an item's short text", () => {
  it('ends at the first sentence or semicolon, not at an abbreviation', () => {
    expect(shortText('Lower costs on exports; p13 credits the three tools together.')).toBe(
      'Lower costs on exports…',
    );
    expect(shortText('Runs the projects with the regions. The article says so (p19).')).toBe(
      'Runs the projects with the regions.',
    );
    expect(shortText('Advice, i.e. consulting for firms, named by the article.')).toBe(
      'Advice, i.e. consulting for firms, named by the article.',
    );
  });

  it('stops at a word, by about two lines, when the first sentence runs on', () => {
    const long =
      'Carry out R&D under joint contracts with industry, and among their tasks is matching their research topics to the aims of local industry.';
    const short = shortText(long);
    expect(short.length).toBeLessThanOrEqual(SHORT_TEXT_MAX + 1);
    expect(short).toBe(
      'Carry out R&D under joint contracts with industry, and among their tasks is matching their research…',
    );
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe('how sure: the sentences', () => {
  const crossing = (change: Crossing['change'], weight: number): Crossing => ({
    dimension: 'sectorFocus',
    change,
    weight,
    nearest: 'japan',
    from: 1,
  });
  it('rounds a rising threshold up and a falling one down, never below 0 or past 4', () => {
    expect(shownThreshold(crossing('rises', 1.73))).toBe(1.8);
    expect(shownThreshold(crossing('rises', 1.5000000000000004))).toBe(1.5);
    expect(shownThreshold(crossing('falls', 0.57))).toBe(0.5);
    expect(shownThreshold(crossing('falls', 0.04))).toBe(0);
    expect(shownThreshold(crossing('falls', 0))).toBeNull();
    expect(shownThreshold(crossing('rises', 3.97))).toBeNull();
  });

  const ranking: Ranked[] = [
    { id: 'france', name: 'France', distance: 0.16 },
    { id: 'japan', name: 'Japan', distance: 0.22 },
    { id: 'italy', name: 'Italy', distance: 0.38 },
  ];
  it('writes the smallest change that changes the nearest model', () => {
    expect(crossingSentence(t, 'en', [crossing('rises', 1.73)], ranking)).toBe(
      'France and Japan are 6 points apart; Japan becomes nearest if the weight of sector focus rises above 1.8.',
    );
    expect(
      crossingSentence(t, 'en', [crossing('falls', 0), crossing('falls', 0.03)], ranking),
    ).toBe(
      'France and Japan are 6 points apart; Japan becomes nearest if sector focus is ignored (weight 0).',
    );
    expect(crossingSentence(t, 'en', [], ranking)).toBe(
      'No single weight from 0 to 4 changes the nearest model.',
    );
  });

  it('reads the spread of the similarities', () => {
    const spread = {
      nearest: ranking[0]!,
      second: ranking[1]!,
      highest: 84,
      lowest: 62,
      range: 22,
      lead: 6,
    };
    expect(spreadSentence(t, spread, 5)).toBe(
      'All 5 models lie between 62% and 84% similar; the nearest leads by 6 points, so read the order more than the figures.',
    );
  });
});

// The policymaker of the review: strong central state, a few large firms, weak university links.
const TASHKENT = '?view=fit&profile=1~Tashkent~4~70.15.15~14.60.13.13~4~2';

describe('what would move your region toward a model', () => {
  it('keeps the state-role section when the steps match, and shows every quote once', async () => {
    const user = userEvent.setup();
    renderApp(TASHKENT);
    const section = await screen.findByRole('region', { name: /What would move your region/ });
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Toward' }), 'france');
    expect(
      within(section).getByRole('heading', { name: "What France's state does" }),
    ).toBeInTheDocument();
    // More national than France: the governance heading points at France's lower levels.
    expect(
      within(section).getByRole('heading', { name: /^France leaves more to the regional level/ }),
    ).toBeInTheDocument();
    const ids = [...section.querySelectorAll('figure.evidence-quote')].map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('folds what lies past the first three items under "Show all"', async () => {
    const user = userEvent.setup();
    renderApp('?view=fit&profile=1~Region%20A~5~80.15.5~20.70.5.5~5~2');
    const section = await screen.findByRole('region', { name: /What would move your region/ });
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Toward' }), 'japan');
    const state = within(section).getByRole('region', { name: "What Japan's state does" });
    const items = () => state.querySelectorAll('.fit-move__items > li').length;
    // Japan's state: one quote with the three things it supports, the rest folded.
    const before = state.querySelectorAll('figure.evidence-quote').length;
    expect(before).toBe(1);
    expect(items()).toBe(3);
    const more = within(state).getByRole('button', { name: /^Show all \(\d+\)$/ });
    const total = Number(/\((\d+)\)/.exec(more.textContent ?? '')?.[1]);
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(state.querySelectorAll('figure.evidence-quote').length).toBeGreaterThan(before);
    // "Show all (n)" shows n things: items under their quotes, and the lines pointing above.
    expect(items() + state.querySelectorAll('.fit-move__repeats > li').length).toBe(total);
    expect(within(state).getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('says how sure the answer is', async () => {
    renderApp(TASHKENT);
    const sure = await screen.findByRole('region', { name: 'How sure is this?' });
    expect(sure).toHaveTextContent(
      /becomes nearest if .* (rises above|falls below) \d\.\d|is ignored|No single weight/,
    );
    expect(sure).toHaveTextContent(
      /With low-confidence codes at half weight, .* (stays nearest|changes to)/,
    );
  });
});

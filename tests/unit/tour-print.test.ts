import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  A4_LANDSCAPE,
  PX_PER_MM,
  SHEET_MARGINS,
  minSlideHeight,
  PROJECTED_SLIDE_WIDTH,
  sheetBox,
  slideLayout,
  tourModels,
} from '../../src/views/tour-print/paper';
import { handoutStore, stepStore } from '../../src/views/tour-print/step-stores';
import { createAppStore } from '../../src/state/store';
import { selectedModelIds } from '../../src/state/selectors';
import { buildBundle, buildModel, buildTour, bundledCorpus } from '../support/corpus';

const ids = ['italy', 'france', 'united-kingdom', 'united-states', 'japan'];

describe('the printed tour: paper', () => {
  it('gives each sheet the A4 landscape content box in whole px, a little short of it', () => {
    const box = sheetBox();
    const width = (297 - 20) * PX_PER_MM; // 1046.9
    const height = (210 - 22) * PX_PER_MM; // 710.6
    expect(box).toEqual({ width: 1042, height: 706 });
    expect(box.width).toBeLessThan(width);
    expect(box.height).toBeLessThan(height);
    expect(width - box.width).toBeLessThan(6);
    // Portrait paper turns the box round; margins come off both sides.
    expect(sheetBox({ width: 210, height: 297 }, { top: 0, right: 0, bottom: 0, left: 0 })).toEqual(
      { width: 789, height: 1118 },
    );
  });

  it('keeps more than half the sheet for the slide', () => {
    const box = sheetBox();
    expect(minSlideHeight(box)).toBe(388);
    expect(minSlideHeight(box) / box.height).toBeGreaterThan(0.5);
  });

  it('lays a slide out as wide as a 1366 × 768 projector shows it, scaled to fit its room', () => {
    const room = { width: 1010, height: 520 };
    const slide = slideLayout(room);
    expect(slide.scale).toBeCloseTo(1010 / PROJECTED_SLIDE_WIDTH, 3);
    expect(slide.width).toBeGreaterThanOrEqual(PROJECTED_SLIDE_WIDTH);
    expect(slide.width).toBeLessThanOrEqual(PROJECTED_SLIDE_WIDTH + 1);
    // Drawn at its scale, it never exceeds the room.
    expect(slide.width * slide.scale).toBeLessThanOrEqual(room.width);
    expect(slide.height * slide.scale).toBeLessThanOrEqual(room.height);
    // About as tall as the projector's slide (1306 × 670) where the notes are short.
    expect(slide.height).toBe(672);
    // A room wider than a projector's slide is not blown up.
    expect(slideLayout({ width: 2000, height: 900 })).toEqual({
      width: 2000,
      height: 900,
      scale: 1,
    });
  });

  it("matches the stylesheet's @page rule and the fallback sizes it draws sheets at", () => {
    const css = readFileSync('src/ui/styles/tour-print.css', 'utf8');
    const page = /@page tour-sheet \{[^@]*?size: A4 landscape;\s*margin: ([^;]+);/.exec(css);
    expect(page?.[1]).toBe(
      `${SHEET_MARGINS.top}mm ${SHEET_MARGINS.right}mm ${SHEET_MARGINS.bottom}mm`,
    );
    expect(SHEET_MARGINS.left).toBe(SHEET_MARGINS.right);
    expect(A4_LANDSCAPE).toEqual({ width: 297, height: 210 });
    const box = sheetBox();
    expect(css).toContain(`var(--sheet-width, ${box.width}px)`);
    expect(css).toContain(`var(--sheet-height, ${box.height}px)`);
    expect(css).toContain(`var(--slide-min-height, ${minSlideHeight(box)}px)`);
  });
});

describe('the printed tour: the models it shows', () => {
  it('is every model (null) as soon as one step names none', () => {
    const tour = buildTour({ id: 'walk' });
    expect(tourModels(tour, ids)).toBeNull();
  });

  it("gathers the steps' models, focus and evidence in corpus order", () => {
    const tour = buildTour({
      id: 'walk',
      steps: [
        { title: 'a', view: 'hierarchy', models: ['japan', 'italy'], talkingPoints: ['x'] },
        {
          title: 'b',
          view: 'state-role',
          models: ['united-states'],
          focus: 'united-states',
          evidence: { model: 'france', key: 'stateRole' },
          talkingPoints: ['y'],
        },
      ],
    });
    expect(tourModels(tour, ids)).toEqual(['italy', 'france', 'united-states', 'japan']);
  });

  it('is null when the steps between them show every model, and drops ids the corpus lacks', () => {
    const all = buildTour({
      id: 'walk',
      steps: [
        {
          title: 'a',
          view: 'governance',
          models: ['italy', 'france', 'japan'],
          talkingPoints: ['x'],
        },
        {
          title: 'b',
          view: 'governance',
          models: ['united-kingdom', 'united-states'],
          talkingPoints: ['y'],
        },
      ],
    });
    expect(tourModels(all, ids)).toBeNull();
    const stray = buildTour({
      id: 'walk',
      steps: [
        { title: 'a', view: 'governance', models: ['italy', 'atlantis'], talkingPoints: ['x'] },
        { title: 'b', view: 'governance', models: ['japan'], talkingPoints: ['y'] },
      ],
    });
    expect(tourModels(stray, ids)).toEqual(['italy', 'japan']);
  });

  it('gives the bundled "What the state does" all five models (its first step names none)', () => {
    const corpus = bundledCorpus();
    const all = corpus.models.map((m) => m.id);
    const tour = corpus.tours.find((t) => t.id === 'what-the-state-does');
    expect(tour).toBeDefined();
    // Its steps between them show all five (state-role step 1 names none).
    expect(tourModels(tour!, all)).toBeNull();
  });
});

describe('the printed tour: one store per step', () => {
  const bundle = buildBundle({
    models: [buildModel({ id: 'alpha' }), buildModel({ id: 'beta' })],
    tours: [
      buildTour({
        id: 'walk',
        steps: [
          { title: 'one', view: 'overview', talkingPoints: ['first point'] },
          {
            title: 'two',
            view: 'state-role',
            models: ['beta'],
            focus: 'beta',
            evidence: { model: 'beta', key: 'stateRole', quote: 0 },
            talkingPoints: ['second point'],
          },
        ],
      }),
    ],
  });

  it("applies each step as the tour does, in stores of its own, leaving the app's alone", () => {
    const app = createAppStore({ corpus: { status: 'ready', bundle } });
    app.getState().setLang('ru');
    const base = app.getState();
    const one = stepStore(base, 'walk', 1).getState();
    const two = stepStore(base, 'walk', 2).getState();
    expect([one.view, one.selectedModels, one.focus, one.evidence]).toEqual([
      'overview',
      null,
      null,
      null,
    ]);
    expect([two.view, two.selectedModels, two.focus, two.evidence]).toEqual([
      'state-role',
      ['beta'],
      'beta',
      { model: 'beta', key: 'stateRole' },
    ]);
    expect([two.tour, two.step, two.present, two.lang]).toEqual(['walk', 2, true, 'ru']);
    expect(app.getState().tour).toBeNull();
  });

  it("finds the lecturer's own tours, and makes the handout's store of the tour's models", () => {
    const own = buildTour({
      id: 'own-mine',
      steps: [
        { title: 'x', view: 'governance', models: ['alpha'], talkingPoints: ['p'] },
        { title: 'y', view: 'sectors', models: ['alpha'], talkingPoints: ['q'] },
      ],
    });
    const app = createAppStore({ corpus: { status: 'ready', bundle } });
    app.getState().setOwnTours([own]);
    const step = stepStore(app.getState(), 'own-mine', 2).getState();
    expect([step.view, step.selectedModels]).toEqual(['sectors', ['alpha']]);
    const handout = handoutStore(app.getState(), tourModels(own, ['alpha', 'beta'])).getState();
    expect(handout.view).toBe('handout');
    expect(selectedModelIds(bundle, handout.selectedModels)).toEqual(['alpha']);
  });
});

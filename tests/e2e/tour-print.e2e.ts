import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Tour } from '../../src/corpus/schema';
import { readPdf } from '../support/pdf-text';
import { repoRoot } from '../support/paths';
import { waitForSettled } from '../support/settled';
import { axeViolations, openApp, sharedBrowser } from './harness';

const browser = sharedBrowser();

const tours = readdirSync(`${repoRoot}/data/tours`).map(
  (f) => JSON.parse(readFileSync(`${repoRoot}/data/tours/${f}`, 'utf8')) as Tour,
);

/** Text as pdf.js reads it back: lines joined by spaces, so compare without any whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** A4 in PDF points, either way round. */
const isLandscape = ([w, h]: [number, number]) => Math.abs(w - 842) < 2 && Math.abs(h - 595) < 2;
const isPortrait = ([w, h]: [number, number]) => Math.abs(w - 595) < 2 && Math.abs(h - 842) < 2;

/**
 * Each sheet laid out for print: its box, and anything inside that reaches past it (a chart wider
 * or taller than its slide, notes run past the page). Sheets are one page tall unless their notes
 * spill (`tall`).
 */
function sheetOverflow(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.tour-print__sheet'), (sheet, i) => {
      const box = sheet.getBoundingClientRect();
      const out: string[] = [];
      for (const el of sheet.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // An inline run's box reaches past its line's (a heading's first glyphs): its block counts.
        if (el instanceof HTMLElement && getComputedStyle(el).display === 'inline') continue;
        if (
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        )
          out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
      }
      // Nor may a slide draw past the room its sheet gives it (the room clips, so it would be
      // cut): its chart, key, title or evidence. A glyph's overhang of 3 px is let pass.
      for (const room of sheet.querySelectorAll('.tour-print__room')) {
        const s = room.getBoundingClientRect();
        for (const el of room.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (el instanceof HTMLElement && getComputedStyle(el).display === 'inline') continue;
          if (
            r.left < s.left - 3 ||
            r.right > s.right + 3 ||
            r.top < s.top - 3 ||
            r.bottom > s.bottom + 3
          )
            out.push(`slide: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}"`);
        }
      }
      return {
        sheet: i + 1,
        height: Math.round(box.height),
        scroll: sheet.scrollHeight - sheet.clientHeight,
        out: out.slice(0, 5),
      };
    }),
  );
}

async function printTour(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await waitForSettled(page);
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  return readPdf(new Uint8Array(pdf));
}

describe('a tour on paper in Chromium', () => {
  it.each(tours.map((t) => [t.id, t] as const))(
    'prints %s: a title page, then one A4 landscape page per step with its notes, then the handout',
    async (_id, tour) => {
      const { page, context, errors } = await openApp(browser(), `?tour=${tour.id}&print=tour`, {
        colorScheme: 'dark',
      });
      await waitForSettled(page);
      expect(await page.locator('main h1').first().textContent()).toBe(tour.title);
      expect(await page.locator('.tour-print__sheet--step').count()).toBe(tour.steps.length);

      const { pages, text, sizes } = await printTour(page);
      const slides = 1 + tour.steps.length;
      // The tour: A4 landscape pages first, exactly one per step after the title page.
      expect(sizes.slice(0, slides).every(isLandscape), JSON.stringify(sizes)).toBe(true);
      // The handout after them, on its own A4 portrait pages (counted apart).
      const handoutPages = sizes.slice(slides);
      expect(handoutPages.length).toBeGreaterThan(0);
      expect(handoutPages.every(isPortrait)).toBe(true);
      expect(text[slides]).toContain('Handout');

      // Page 1: title, summary's start, every step, the article and the app's address.
      const first = squash(text[0]!);
      expect(first).toContain(squash(tour.title));
      for (const step of tour.steps) expect(first).toContain(squash(step.title));
      expect(first).toContain(squash('Foreign experience in forming regional clusters'));
      expect(text[0]).toMatch(/Made with Cluster Atlas, https?:\/\/\S+/);
      expect(text[0]).toMatch(/\?view=handout/);

      // Each step on its own page: its title, every talking point (notes), the page's number.
      tour.steps.forEach((step, i) => {
        const pageText = text[i + 1]!;
        const where = `page ${i + 2} (step ${i + 1})`;
        expect(squash(pageText), where).toContain(squash(step.title));
        expect(squash(pageText), where).toContain(squash(step.talkingPoints[0]!));
        expect(squash(pageText), where).toContain(squash(step.talkingPoints.at(-1)!));
        expect(pageText, where).toContain('Notes');
        expect(pageText, where).toContain(`${i + 2} / ${pages}`);
        // No other step's title on this page.
        for (const [j, other] of tour.steps.entries())
          if (j !== i && !step.title.includes(other.title))
            expect(squash(pageText), where).not.toContain(squash(other.title));
      });

      // A step that opens evidence prints its quote's paragraph beside the slide.
      tour.steps.forEach((step, i) => {
        if (step.evidence) expect(text[i + 1], `step ${i + 1}`).toMatch(/\[p\d+\]/);
      });

      // Nothing of the screen bar on paper.
      for (const chrome of ['Back to the tour', 'Add the handout', 'Print handout'])
        expect(text.join(' ')).not.toContain(chrome);

      // Laid out for print, every sheet is exactly one page box and holds all it draws.
      const sheets = await sheetOverflow(page);
      for (const s of sheets) {
        expect(s.scroll, `sheet ${s.sheet} scrolls`).toBeLessThanOrEqual(0);
        expect(s.out, `sheet ${s.sheet} overflows`).toEqual([]);
      }
      expect(new Set(sheets.map((s) => s.height)).size).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('prints the slides alone when the handout is left out', async () => {
    const tour = tours[0]!;
    const { page, context } = await openApp(browser(), `?tour=${tour.id}&print=tour`);
    await page.getByRole('checkbox', { name: "Add the handout for this tour's models" }).uncheck();
    await waitForSettled(page);
    const { pages, sizes, text } = await printTour(page);
    expect(pages).toBe(1 + tour.steps.length);
    expect(sizes.every(isLandscape)).toBe(true);
    // The title page still links the handout for the tour's models.
    expect(text[0]).toContain("Handout for this tour's models");
    expect(text[0]).toMatch(/\?view=handout/);
    await context.close();
  });

  it('shows the pages as previews with Print and Back, passes axe, and reads in Russian', async () => {
    const tour = tours.find((t) => t.id === 'what-the-state-does') ?? tours[0]!;
    const { page, context, errors } = await openApp(browser(), `?tour=${tour.id}&print=tour`);
    await waitForSettled(page);
    expect(await axeViolations(page)).toEqual([]);
    // The screen preview is the printed layout: the same sheet sizes on screen as on paper.
    const onScreen = await page
      .locator('.tour-print__sheet')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
    expect(new Set(onScreen).size).toBe(1);
    expect(await page.title()).toBe(`Print: ${tour.title} — Cluster Atlas`);

    // "Back to the tour" opens its first step.
    const back = page.getByRole('link', { name: 'Back to the tour' });
    expect(await back.getAttribute('href')).toBe(`?tour=${tour.id}&step=1`);
    // "Print" opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();

    const ru = await openApp(browser(), `?tour=${tour.id}&print=tour&lang=ru`);
    await ru.page.getByRole('button', { name: 'Печать', exact: true }).waitFor();
    await waitForSettled(ru.page);
    expect(await ru.page.getByRole('link', { name: 'Вернуться к маршруту' }).count()).toBe(1);
    expect(await ru.page.locator('.tour-print__notes h3').first().textContent()).toBe('Заметки');
    expect(await ru.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await axeViolations(ru.page)).toEqual([]);
    expect(ru.errors).toEqual([]);
    await ru.context.close();
  });

  it('opens from "Print tour" on the tours page', async () => {
    const tour = tours[0]!;
    const { page, context, errors } = await openApp(browser(), '?view=tours');
    await page.getByRole('link', { name: `Print tour: ${tour.title}` }).click();
    await page.waitForURL((url) => url.searchParams.get('print') === 'tour');
    expect(new URL(page.url()).searchParams.get('tour')).toBe(tour.id);
    await page.getByRole('heading', { level: 1, name: tour.title }).waitFor();
    await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so, with a way on, for a tour this browser does not have', async () => {
    const { page, context } = await openApp(browser(), '?tour=no-such-tour&print=tour');
    expect(await page.locator('main h1').textContent()).toBe('Tour not found');
    expect(await page.getByRole('link', { name: 'Go to the tours' }).getAttribute('href')).toBe(
      '?view=tours',
    );
    await context.close();
  });

  it("prints a lecturer's own tour, long notes running on to a page of their own", async () => {
    const long = Array.from(
      { length: 14 },
      (_, i) =>
        `Point ${i + 1} of a long note: the lecturer writes out what to say here in full, sentence by sentence, so that a student reading the upload later can follow the argument without the lecture.`,
    );
    const draft = {
      id: 'own-printed-1',
      title: 'My printed tour',
      summary: 'A tour made in this browser, printed like a bundled one.',
      steps: [
        {
          title: 'Who steers',
          view: 'state-role',
          models: ['italy', 'japan'],
          talkingPoints: ['Italy enables; Japan directs, as the marks show.'],
        },
        {
          title: 'A step with a great deal to say',
          view: 'state-role',
          models: ['france'],
          talkingPoints: long,
        },
      ],
    };
    const stored = {
      version: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      savedAt: '2025-01-01T00:00:00.000Z',
      tour: draft,
    };
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(
      `localStorage.setItem('cluster-atlas:tour:own-printed-1', ${JSON.stringify(JSON.stringify(stored))});`,
    );
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?view=tours`);
    await page.getByRole('link', { name: 'Print tour: My printed tour' }).click();
    await page.waitForURL((url) => url.searchParams.get('tour') === 'own-printed-1');
    await page.getByRole('heading', { level: 1, name: 'My printed tour' }).waitFor();
    await waitForSettled(page);
    expect(await page.locator('main h1').first().textContent()).toBe('My printed tour');
    await page.getByRole('checkbox', { name: "Add the handout for this tour's models" }).uncheck();
    const { text, sizes } = await printTour(page);
    expect(sizes.every(isLandscape)).toBe(true);
    // Title page, step 1, then step 2 over two pages: its slide stays whole, its notes all print.
    expect(text.length).toBe(4);
    expect(squash(text[1]!)).toContain(squash('Italy enables; Japan directs'));
    expect(squash(text[2]!)).toContain(squash(long[0]!));
    expect(squash(text.slice(2).join(''))).toContain(squash(long.at(-1)!));
    // The handout link names the tour's models only.
    expect(squash(text[0]!)).toContain('?view=handout&models=italy,france,japan');
    await context.close();
  });
});

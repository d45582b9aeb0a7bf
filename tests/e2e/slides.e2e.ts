/**
 * Every step of every bundled tour, presented, is a slide that fits the screen: at the projector
 * and presentation sizes, light and dark, the page is the screen (nothing scrolls, no inner
 * scroller), the layout checks find nothing (words over words, broken words, chart text outside
 * its chart), no text is under 24 px, the tour bar's Previous and Next are on screen, and axe finds
 * no violation; in Russian and Uzbek, no word in the wrong language either. One browser context per
 * size, theme and language, reused over the steps.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openApp, sharedBrowser, type AppPage } from './harness';
import { checkScreen, describeFinding } from '../support/layout-checks';
import { repoRoot } from '../support/paths';
import { waitForSettled } from '../support/settled';
import { measureSlide, SLIDE_MIN_FONT_PX } from '../support/slide-checks';
import { describeForeignWord, foreignWords } from '../support/language-checks';
import { ALLOWED_WORDS, ENGLISH_WORDS } from '../support/language-words';

const tours = readdirSync(`${repoRoot}/data/tours`)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(`${repoRoot}/data/tours/${f}`, 'utf8')) as {
        id: string;
        steps: { title: string }[];
      },
  );
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'] as const;
/** Russian and Uzbek run longer than English: the projector and the presentation screen, light. */
const LANG_SIZES = [SIZES[0]!, SIZES[2]!];
const browser = sharedBrowser();

const runs = [
  ...SIZES.flatMap((size) => THEMES.map((theme) => ({ size, theme, lang: 'en' as const }))),
  ...(['ru', 'uz'] as const).flatMap((lang) =>
    LANG_SIZES.map((size) => ({ size, theme: 'light' as const, lang })),
  ),
];

for (const { size, theme, lang } of runs) {
  {
    const name = `${size.width}×${size.height}, ${theme}${lang === 'en' ? '' : `, ${lang}`}`;
    describe(`tour slides at ${name}`, () => {
      let app: AppPage;
      beforeAll(async () => {
        app = await openApp(browser(), '?view=sources', { viewport: size, colorScheme: theme });
      });
      afterAll(async () => {
        expect(app.errors, 'console errors').toEqual([]);
        await app.context.close();
      });
      for (const tour of tours) {
        tour.steps.forEach((step, i) => {
          it(`${tour.id} step ${i + 1} "${step.title}" fits and reads at ${name}`, async () => {
            const { page } = app;
            await page.goto(
              `${inject('baseUrl')}?tour=${tour.id}&step=${i + 1}&present=1&lang=${lang}`,
            );
            await page.locator('main .slide h1').waitFor();
            // The tour bar's code loads just after the slide's: wait for it, not for time.
            await page.locator('.tour-bar').waitFor();
            await waitForSettled(page);
            const m = await measureSlide(page);
            expect(m.scrollHeight, 'page height').toBeLessThanOrEqual(m.innerHeight);
            expect(m.scrollWidth, 'page width').toBeLessThanOrEqual(m.innerWidth);
            expect(m.scrollers, 'boxes that scroll').toEqual([]);
            expect(m.smallest.px, `smallest text: ${m.smallest.where}`).toBeGreaterThanOrEqual(
              SLIDE_MIN_FONT_PX - 0.05,
            );
            expect(m.tourBarShown, 'Previous and Next on screen').toBe(true);
            expect((await checkScreen(page)).map(describeFinding)).toEqual([]);
            if (lang !== 'en') {
              const wrong = await foreignWords(page, {
                pageLang: lang,
                englishWords: ENGLISH_WORDS,
                allowed: ALLOWED_WORDS,
              });
              expect(wrong.map(describeForeignWord)).toEqual([]);
            }
            expect(await axeViolations(page)).toEqual([]);
          });
        });
      }
    });
  }
}

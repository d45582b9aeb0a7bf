import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp-plugin';
import { openApp, sharedBrowser, takeCspViolations } from './harness';

const browser = sharedBrowser();

describe('Content-Security-Policy of the production build', () => {
  it('is sent as a header and carried by the page itself, without unsafe-inline or unsafe-eval', async () => {
    const { page, context } = await openApp(browser(), '');
    const response = await page.request.get(inject('baseUrl'));
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      expect(meta).toContain(directive);
    expect(meta).not.toMatch(/unsafe-(inline|eval)/);
    await context.close();
  });

  it('blocks inline markup, and the specs see the violation', async () => {
    const { page, context } = await openApp(browser(), '');
    takeCspViolations();
    // What an HTML injection would try: an inline handler and an inline style.
    // (A string script: the app's own code may never write markup, and lint holds it to that.)
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend',
      '<img src="nothing.png" onerror="document.title = 1"><p style="color: red">x</p>')`);
    // The style is refused at once, the handler only when the image has failed to load: wait for
    // both, so that neither is left over for the spec file's own check.
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...takeCspViolations());
        return ['script-src', 'style-src'].every((d) => seen.some((v) => v.includes(d)));
      })
      .toBe(true);
    expect(await page.title()).not.toBe('1');
    await context.close();
    // Chromium may report the refused handler more than once: the page is closed, the rest go.
    takeCspViolations();
  });
});

import { describe, expect, it } from 'vitest';
import { alternateLinks } from '../../src/build/alternates-plugin';

const hrefs = (siteUrl: string | undefined) =>
  alternateLinks(siteUrl).tags.map((t) => `${String(t.attrs?.hreflang)} ${String(t.attrs?.href)}`);

describe('alternateLinks', () => {
  it('writes no links without the site address (relative hreflang links are invalid)', () => {
    expect(alternateLinks(undefined)).toEqual({ tags: [], problem: null });
    expect(alternateLinks('')).toEqual({ tags: [], problem: null });
  });

  it('writes a full address per language and x-default, under the site folder', () => {
    expect(hrefs('https://example.org/atlas')).toEqual([
      'en https://example.org/atlas/?lang=en',
      'ru https://example.org/atlas/?lang=ru',
      'uz https://example.org/atlas/?lang=uz',
      'x-default https://example.org/atlas/',
    ]);
    expect(hrefs('https://example.org/atlas/')).toEqual(hrefs('https://example.org/atlas'));
  });

  it('names what is wrong with an address that cannot be used', () => {
    expect(alternateLinks('example.org/atlas').problem).toMatch(/not an address/);
    expect(alternateLinks('ftp://example.org/').problem).toMatch(/https:\/\//);
  });
});

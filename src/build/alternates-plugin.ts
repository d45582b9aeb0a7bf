/**
 * Vite plugin: a `<link rel="alternate" hreflang>` per language in index.html, written only when
 * the build is told the address it will be served from (`ATLAS_SITE_URL`). Search engines read
 * hreflang links only as full addresses, and the build otherwise works from any folder of any
 * host, so without that address the links are left out: relative ones were ignored by search
 * engines and failed Lighthouse's hreflang audit.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { LANGS } from '../corpus/vocabulary';

/** The links for a site address, or none (with the reason) when it is missing or not http(s). */
export function alternateLinks(siteUrl: string | undefined): {
  tags: HtmlTagDescriptor[];
  problem: string | null;
} {
  if (!siteUrl) return { tags: [], problem: null };
  let base: URL;
  try {
    base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  } catch {
    return { tags: [], problem: `ATLAS_SITE_URL is not an address: "${siteUrl}"` };
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:')
    return {
      tags: [],
      problem: `ATLAS_SITE_URL must start with https:// or http://: "${siteUrl}"`,
    };
  const link = (hreflang: string, href: string): HtmlTagDescriptor => ({
    tag: 'link',
    attrs: { rel: 'alternate', hreflang, href },
    injectTo: 'head',
  });
  const tags = LANGS.map((lang) => link(lang, new URL(`?lang=${lang}`, base).href));
  // The address without a language opens in the reader's own (remembered, or the browser's).
  tags.push(link('x-default', base.href));
  return { tags, problem: null };
}

export function alternatesPlugin(siteUrl = process.env.ATLAS_SITE_URL): Plugin {
  return {
    name: 'cluster-atlas-alternates',
    apply: 'build',
    transformIndexHtml() {
      const { tags, problem } = alternateLinks(siteUrl);
      if (problem)
        throw new Error(
          `${problem}. Give the address the build is served from, e.g. https://example.org/atlas/`,
        );
      return tags;
    },
  };
}

/**
 * A strict Content-Security-Policy for the production build: only the app's own files may run,
 * style or load; nothing inline, no eval. It goes into the built index.html as a <meta> element
 * (so it holds on any static host) and is also sent as a header by `vite preview`.
 * Development is left without it: Vite's hot reload injects inline scripts.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // blob: for the PNG export, which draws the chart's SVG through an image made from a blob URL.
  'img-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'cluster-atlas-csp',
    // The build and `vite preview` of it; never the development server.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    config: () => ({
      preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

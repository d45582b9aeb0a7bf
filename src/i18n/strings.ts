/**
 * The app's string lookup: nested catalogues per language, `{{name}}` and `{{name, format}}`
 * placeholders, plural forms by `Intl.PluralRules` (`steps_one`, `steps_few`, `steps_many`,
 * `steps_other`), English as the fallback, and listeners told when the language changes.
 *
 * It replaces i18next, of which the app used only these parts: the library and its React binding
 * were 17.5 KB of the first page's 114 KB of gzip JavaScript. The catalogues keep i18next's JSON
 * format, so translators' files did not change.
 */
import { remembered } from '../lib/remembered';

/** A catalogue: strings, nested by the dots of their keys. */
export interface Catalogue {
  readonly [key: string]: unknown;
}

export interface TOptions {
  /** Chooses the plural form and fills `{{count}}`. */
  readonly count?: number;
  /** What to show when no catalogue has the key (instead of the key itself). */
  readonly defaultValue?: string;
  /** Looks the key up in this language instead of the active one. */
  readonly lng?: string;
  readonly [placeholder: string]: unknown;
}

export type TFunction = (key: string, options?: TOptions) => string;

/** Writes a placeholder's value in a sentence (`{{model, possessive}}` → "Japan's"). */
export type Format = (value: unknown, lng: string) => string;

export interface I18n {
  /** The active language. */
  readonly language: string;
  readonly t: TFunction;
  /** Whether the active language or the fallback has a string for the key. */
  exists(key: string): boolean;
  /** The lookup bound to one language (what a render uses). */
  fixedT(lng: string): TFunction;
  changeLanguage(lng: string): Promise<void>;
  /** Adds strings to a language's catalogue; a new string replaces an old one of the same key. */
  addCatalogue(lng: string, catalogue: Catalogue): void;
  addFormat(name: string, format: Format): void;
  /** Calls `listener` after each change of language; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface I18nOptions {
  readonly lng: string;
  readonly fallbackLng: string;
  readonly catalogues: Readonly<Record<string, Catalogue>>;
}

const PLACEHOLDER = /\{\{\s*([^,}]+?)\s*(?:,\s*([^}]+?)\s*)?\}\}/g;

function isCatalogue(value: unknown): value is Catalogue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` with `added` merged in, key by key at every depth; neither is changed. */
function merged(base: Catalogue, added: Catalogue): Catalogue {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(added)) {
    const old = out[key];
    out[key] = isCatalogue(old) && isCatalogue(value) ? merged(old, value) : value;
  }
  return out;
}

function stringAt(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (!isCatalogue(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function valueOf(options: TOptions, path: string): unknown {
  let node: unknown = options;
  for (const part of path.split('.')) {
    if (!isCatalogue(node)) return undefined;
    node = node[part];
  }
  return node;
}

type TemplatePart = string | { name: string; format: string | undefined };

/** A template split into text and placeholders, kept by its text (the same for every app). */
const templateOf = remembered((text: string) => text, splitTemplate, 10_000);

function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ name: m[1] ?? '', format: m[2] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function createI18n({ lng, fallbackLng, catalogues }: I18nOptions): I18n {
  const store = new Map<string, Catalogue>(Object.entries(catalogues));
  // Format names are matched without regard to case, as the catalogues were written for i18next.
  const formats = new Map<string, Format>();
  const plurals = new Map<string, Intl.PluralRules>();
  const listeners = new Set<() => void>();
  let language = lng;

  const pluralRules = (code: string) => {
    let rules = plurals.get(code);
    if (!rules) {
      rules = new Intl.PluralRules(code);
      plurals.set(code, rules);
    }
    return rules;
  };

  // Lookups already made, by language and key (a 200-model view asks the same few keys thousands
  // of times on each change); emptied whenever strings are added.
  const found = new Map<string, string | undefined>();
  const lookUp = (code: string, key: string) => {
    const id = `${code}\u0000${key}`;
    if (found.has(id)) return found.get(id);
    const text = stringAt(store.get(code), key);
    found.set(id, text);
    return text;
  };

  /** The string for the key: the language's plural form, then its plain key, then the fallback's. */
  const find = (key: string, code: string, count: unknown): string | undefined => {
    const codes = code === fallbackLng ? [code] : [code, fallbackLng];
    for (const c of codes) {
      const plural =
        typeof count === 'number' ? lookUp(c, `${key}_${pluralRules(c).select(count)}`) : undefined;
      const text = plural ?? lookUp(c, key);
      if (text !== undefined) return text;
    }
    return undefined;
  };

  const fill = (text: string, options: TOptions, code: string) =>
    templateOf(text)
      .map((part) => {
        if (typeof part === 'string') return part;
        const value = valueOf(options, part.name);
        const write = part.format ? formats.get(part.format.toLowerCase()) : undefined;
        if (write) return write(value, code);
        return value === undefined || value === null ? '' : String(value as string | number);
      })
      .join('');

  const fixedT =
    (code: string): TFunction =>
    (key, options = {}) => {
      const lookIn = options.lng ?? code;
      const text = find(key, lookIn, options.count) ?? options.defaultValue ?? key;
      return text.includes('{{') ? fill(text, options, lookIn) : text;
    };

  const i18n: I18n = {
    get language() {
      return language;
    },
    t: (key, options) => fixedT(language)(key, options),
    exists: (key) => find(key, language, undefined) !== undefined,
    fixedT,
    changeLanguage(next) {
      if (next !== language) {
        language = next;
        for (const listener of [...listeners]) listener();
      }
      return Promise.resolve();
    },
    addCatalogue(code, catalogue) {
      store.set(code, merged(store.get(code) ?? {}, catalogue));
      found.clear();
    },
    addFormat(name, format) {
      formats.set(name.toLowerCase(), format);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return i18n;
}

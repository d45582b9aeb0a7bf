/**
 * The URL query is the shareable state, and this file is its one owner: every parameter is declared
 * once in PARAMS (how it reads, how it writes, its default), and everything else asks these
 * functions instead of touching `location.search`. Each parameter is parsed on its own as valid,
 * invalid or missing; an invalid one falls back to its default and yields a notice. Serialising
 * writes only what differs from the defaults, so a default view has a bare URL.
 */
import {
  DEFAULT_LANG,
  DEFAULT_VIEW,
  isEvidenceKey,
  isLang,
  isViewId,
  slidePartsOf,
} from '../corpus/vocabulary';
import type { EvidenceTarget, Lang, SlidePart, ViewId } from '../corpus/vocabulary';
import { decodeProfile, encodeProfile } from '../corpus/profile';
import type { Profile } from '../corpus/profile';
import { normalizeModelSelection } from './model-selection';

export interface UrlState {
  view: ViewId;
  /** Selected model ids in display order; null means "all, in corpus order" (the default). */
  models: string[] | null;
  focus: string | null;
  /** The open evidence panel, `evidence=japan.firmHierarchy`. */
  evidence: EvidenceTarget | null;
  lang: Lang;
  /** A region profile for the policy-fit view, `profile=1~name~…` (at most 300 characters). */
  profile: Profile | null;
  /** `embed=1`: one view without the app chrome, for an iframe. */
  embed: boolean;
  /** `present=1`: presentation mode (large type, no app chrome). */
  present: boolean;
  /** A guided tour and its step (1-based): `tour=five-ways&step=4`. */
  tour: string | null;
  step: number;
  /** `part=instruments`: which part of the view a presented slide shows (present=1 only). */
  part: SlidePart | null;
  /** `coding=first-coding`: the coder whose coding the views draw; null = the reconciled coding. */
  coding: string | null;
  /** `model=japan` (view=model only): the model whose page is shown; null = the corpus's first. */
  model: string | null;
  /** `p=31` (view=article only): the article's paragraph to scroll to and mark. */
  p: number | null;
}

/** What decides how the page starts rather than what it shows; read once, at boot. */
export interface LaunchState {
  /** `presenter=1`: the lecturer's second window of a tour, a small app of its own. */
  presenter: boolean;
  /** `presentation=…` (with presenter=1): the id of the one main window the presenter follows. */
  presentation: string | null;
  /** `tourfile=z.…`: a whole tour carried by a link (tours/tour-file-link.ts); added to own tours. */
  tourfile: string | null;
  /** `print=tour` (with tour=): the tour's printable document (views/tour-print) instead of the app. */
  print: 'tour' | null;
}

/** Everything an address of the app can say. */
export type AddressState = UrlState & LaunchState;

export type ParamName = keyof AddressState;

export type Parsed<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; raw: string; reason: string }
  | { status: 'missing' };

export interface UrlNotice {
  param: ParamName;
  value: string;
  /** An i18n key under notices.reason. */
  reason: string;
}

export interface UrlContext {
  /** Model ids of the loaded corpus, in corpus order. */
  modelIds: readonly string[];
  /** Tour ids of the loaded corpus with their number of steps. */
  tourSteps?: Readonly<Record<string, number>>;
  /** The corpus's coders other than the reconciled one (whose coding is the default). */
  coderIds?: readonly string[];
}

/** For parameters that need no corpus to be read (view, language, switches). */
export const NO_CORPUS: UrlContext = { modelIds: [] };

export function parseView(raw: string | null): Parsed<ViewId> {
  if (raw === null) return { status: 'missing' };
  return isViewId(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'unknownView' };
}

export function parseModels(raw: string | null, ctx: UrlContext): Parsed<string[]> {
  if (raw === null) return { status: 'missing' };
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0) return { status: 'invalid', raw, reason: 'emptyModels' };
  const known = new Set(ctx.modelIds);
  if (ids.some((id) => !known.has(id))) return { status: 'invalid', raw, reason: 'unknownModels' };
  return { status: 'valid', value: ids };
}

export function parseFocus(raw: string | null, ctx: UrlContext): Parsed<string> {
  if (raw === null) return { status: 'missing' };
  return ctx.modelIds.includes(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'unknownModel' };
}

/** A paragraph number of the article, `31` (or `p31`, as locators write it). */
export function parseParagraph(raw: string | null): Parsed<number> {
  if (raw === null) return { status: 'missing' };
  const m = /^p?([1-9]\d{0,3})$/.exec(raw.trim());
  return m?.[1]
    ? { status: 'valid', value: Number(m[1]) }
    : { status: 'invalid', raw, reason: 'badParagraph' };
}

export function parseEvidence(raw: string | null, ctx: UrlContext): Parsed<EvidenceTarget> {
  if (raw === null) return { status: 'missing' };
  const dot = raw.lastIndexOf('.');
  const model = raw.slice(0, dot);
  const key = raw.slice(dot + 1);
  if (dot < 1 || !ctx.modelIds.includes(model) || !isEvidenceKey(key)) {
    return { status: 'invalid', raw, reason: 'unknownEvidence' };
  }
  return { status: 'valid', value: { model, key } };
}

export function parseProfile(raw: string | null): Parsed<Profile> {
  if (raw === null) return { status: 'missing' };
  const profile = decodeProfile(raw);
  return profile
    ? { status: 'valid', value: profile }
    : { status: 'invalid', raw, reason: 'badProfile' };
}

/** A presentation id as tours/presenter/channel.ts makes them: 32 hex digits. */
export function parsePresentation(raw: string | null): Parsed<string> {
  if (raw === null) return { status: 'missing' };
  return /^[0-9a-f]{32}$/.test(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'badPresentation' };
}

/** The shape of a tour carried by a link: `j.` or `z.` and base64url; decoded by the tours code. */
export function parseTourLink(raw: string | null): Parsed<string> {
  if (raw === null) return { status: 'missing' };
  return /^[jz]\.[A-Za-z0-9_-]{1,2000}$/.test(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'badTourLink' };
}

/** A 1/0 switch (`embed=1`, `present=1`, `presenter=1`). */
export function parseEmbed(raw: string | null): Parsed<boolean> {
  if (raw === null) return { status: 'missing' };
  if (raw === '1') return { status: 'valid', value: true };
  if (raw === '0') return { status: 'valid', value: false };
  return { status: 'invalid', raw, reason: 'badEmbed' };
}

export function parseTour(raw: string | null, ctx: UrlContext): Parsed<string> {
  if (raw === null) return { status: 'missing' };
  return ctx.tourSteps && Object.hasOwn(ctx.tourSteps, raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'unknownTour' };
}

export function parsePart(raw: string, view: ViewId): Parsed<SlidePart> {
  const part = slidePartsOf(view).find((p) => p === raw);
  return part
    ? { status: 'valid', value: part }
    : { status: 'invalid', raw, reason: 'unknownPart' };
}

export function parseStep(raw: string | null, steps: number | undefined): Parsed<number> {
  if (raw === null) return { status: 'missing' };
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  return steps !== undefined && n >= 1 && n <= steps
    ? { status: 'valid', value: n }
    : { status: 'invalid', raw, reason: 'badStep' };
}

export function parseCoding(raw: string | null, ctx: UrlContext): Parsed<string> {
  if (raw === null) return { status: 'missing' };
  return ctx.coderIds?.includes(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'unknownCoding' };
}

export function parseLang(raw: string | null): Parsed<Lang> {
  if (raw === null) return { status: 'missing' };
  return isLang(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'unknownLang' };
}

interface ParamSpec<K extends ParamName> {
  default: AddressState[K];
  /** Reads the parameter's text; `known` holds the parameters declared before it. */
  parse: (raw: string, ctx: UrlContext, known: AddressState) => Parsed<AddressState[K]>;
  /** The text to write for a value, or null to leave the parameter out. */
  write: (value: AddressState[K], ctx: UrlContext) => string | null;
  /** Whether the parameter means anything given the others; when not, it is neither read nor written. */
  appliesIn?: (known: AddressState) => boolean;
}

const flag = (value: boolean) => (value ? '1' : null);

/**
 * Every parameter of the app's address, once, in the order they are read and written. A step is
 * declared after its tour because it is read against that tour's length.
 */
const PARAMS: { [K in ParamName]: ParamSpec<K> } = {
  presenter: { default: false, parse: parseEmbed, write: flag },
  presentation: {
    default: null,
    parse: parsePresentation,
    write: (id) => id,
    appliesIn: (known) => known.presenter,
  },
  tourfile: { default: null, parse: parseTourLink, write: (link) => link },
  print: {
    default: null,
    parse: (raw) =>
      raw === 'tour'
        ? { status: 'valid', value: 'tour' }
        : { status: 'invalid', raw, reason: 'badPrint' },
    write: (print) => print,
  },
  view: {
    default: DEFAULT_VIEW,
    parse: parseView,
    write: (view) => (view === DEFAULT_VIEW ? null : view),
  },
  models: {
    default: null,
    parse: parseModels,
    write: (models, ctx) => normalizeModelSelection(ctx.modelIds, models)?.join(',') ?? null,
  },
  focus: { default: null, parse: parseFocus, write: (focus) => focus },
  evidence: {
    default: null,
    parse: parseEvidence,
    write: (evidence) => (evidence ? `${evidence.model}.${evidence.key}` : null),
  },
  coding: { default: null, parse: parseCoding, write: (coding) => coding },
  model: {
    default: null,
    parse: parseFocus,
    write: (model) => model,
    appliesIn: (known) => known.view === 'model',
  },
  p: {
    default: null,
    parse: parseParagraph,
    write: (p) => (p === null ? null : String(p)),
    appliesIn: (known) => known.view === 'article',
  },
  lang: {
    default: DEFAULT_LANG,
    parse: parseLang,
    write: (lang) => (lang === DEFAULT_LANG ? null : lang),
  },
  profile: {
    default: null,
    parse: parseProfile,
    write: (profile) => (profile ? encodeProfile(profile) : null),
  },
  embed: { default: false, parse: parseEmbed, write: flag },
  present: { default: false, parse: parseEmbed, write: flag },
  tour: { default: null, parse: parseTour, write: (tour) => tour },
  step: {
    default: 1,
    parse: (raw, ctx, known) =>
      parseStep(raw, known.tour ? ctx.tourSteps?.[known.tour] : undefined),
    write: (step) => String(step),
    // A step means something only within a tour.
    appliesIn: (known) => known.tour !== null,
  },
  part: {
    default: null,
    parse: (raw, _ctx, known) => parsePart(raw, known.view),
    write: (part) => part,
    // Only a presented view shows one part at a time.
    appliesIn: (known) => known.present,
  },
};

const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

const DEFAULT_ADDRESS = Object.fromEntries(
  PARAM_NAMES.map((name) => [name, PARAMS[name].default]),
) as unknown as AddressState;

function withoutLaunch({
  presenter: _presenter,
  presentation: _presentation,
  tourfile: _tourfile,
  print: _print,
  ...state
}: AddressState): UrlState {
  return state;
}

export const DEFAULT_URL_STATE: UrlState = withoutLaunch(DEFAULT_ADDRESS);

function queryOf(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads one parameter into `into`, falling back to its default (with a notice) when invalid. */
function readParam<K extends ParamName>(
  name: K,
  query: URLSearchParams,
  ctx: UrlContext,
  into: AddressState,
  notices: UrlNotice[],
): void {
  const spec: ParamSpec<K> = PARAMS[name];
  const raw = query.get(name);
  if (raw === null || (spec.appliesIn && !spec.appliesIn(into))) return;
  const parsed = spec.parse(raw, ctx, into);
  if (parsed.status === 'valid') into[name] = parsed.value;
  else if (parsed.status === 'invalid')
    notices.push({ param: name, value: parsed.raw, reason: parsed.reason });
}

function parseAddress(
  search: string,
  ctx: UrlContext,
  names: readonly ParamName[] = PARAM_NAMES,
): { state: AddressState; notices: UrlNotice[] } {
  const query = queryOf(search);
  const state: AddressState = { ...DEFAULT_ADDRESS };
  const notices: UrlNotice[] = [];
  for (const name of names) readParam(name, query, ctx, state, notices);
  return { state, notices };
}

/** Never throws: any string yields a state and the notices for what was set aside. */
export function parseUrlState(
  search: string,
  ctx: UrlContext,
): { state: UrlState; notices: UrlNotice[] } {
  const { state, notices } = parseAddress(search, ctx);
  return {
    state: withoutLaunch(state),
    notices: notices.filter(
      (n) => n.param !== 'presenter' && n.param !== 'presentation' && n.param !== 'print',
    ),
  };
}

function writeParam<K extends ParamName>(
  name: K,
  state: AddressState,
  ctx: UrlContext,
  query: URLSearchParams,
): void {
  const spec: ParamSpec<K> = PARAMS[name];
  if (spec.appliesIn && !spec.appliesIn(state)) return;
  const text = spec.write(state[name], ctx);
  if (text !== null) query.set(name, text);
}

function serializeAddress(state: AddressState, ctx: UrlContext): string {
  const query = new URLSearchParams();
  for (const name of PARAM_NAMES) writeParam(name, state, ctx, query);
  // Commas (model lists) and tildes (profiles) are safe in a query and easier to read bare.
  const text = query.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/** `?view=concepts&models=italy,japan`, or '' for the defaults. */
export function serializeUrlState(state: UrlState, ctx: UrlContext): string {
  return serializeAddress(
    { ...state, presenter: false, presentation: null, tourfile: null, print: null },
    ctx,
  );
}

/**
 * A link, relative to the app's own address, to the state given (the rest at its defaults):
 * `hrefFor({ view: 'sources' })` is `?view=sources`; the default state is `./`.
 */
export function hrefFor(state: Partial<AddressState>, ctx: UrlContext = NO_CORPUS): string {
  return serializeAddress({ ...DEFAULT_ADDRESS, ...state }, ctx) || './';
}

/**
 * The app's address, now (the one place that reads it). The build's server render of the first
 * page (bake.tsx) has no window: it renders the app's own address, which has no parameters.
 */
export function currentAddress(): { search: string; href: string } {
  if (typeof window === 'undefined') return { search: '', href: 'https://cluster-atlas.invalid/' };
  return { search: window.location.search, href: window.location.href };
}

/** The full address of a link made by hrefFor, for copying and sharing outside the page. */
export function absoluteUrl(href: string, base: string = currentAddress().href): string {
  const url = new URL(href, base);
  url.hash = '';
  return url.toString();
}

/** What the page needs before the corpus is in: which app, which view's code, which language. */
export interface LaunchParams {
  presenter: boolean;
  presentation: string | null;
  tourfile: string | null;
  print: 'tour' | null;
  view: ViewId;
  lang: Lang;
  /** Whether the link names a language (else the visit opens in the reader's preferred one). */
  langGiven: boolean;
}

/** Reads the parameters that need no corpus; never throws, and raises no notices. */
export function readLaunchParams(search: string): LaunchParams {
  const { state } = parseAddress(search, NO_CORPUS, [
    'presenter',
    'presentation',
    'tourfile',
    'print',
    'view',
    'lang',
  ]);
  return {
    presenter: state.presenter,
    presentation: state.presentation,
    tourfile: state.tourfile,
    print: state.print,
    view: state.view,
    lang: state.lang,
    langGiven: isLang(new URLSearchParams(search).get('lang') ?? ''),
  };
}

/**
 * Puts `lang` into the address the page was opened with (no history entry), before it is read:
 * a visit that opens in the reader's preferred language carries it in its link like any other.
 */
export function openingAddressWithLang(lang: Lang): void {
  const url = new URL(window.location.href);
  if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  window.history.replaceState(window.history.state, '', url);
}

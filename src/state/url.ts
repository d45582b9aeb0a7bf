/**
 * The URL query is the shareable state. Each parameter is parsed on its own as valid, invalid or
 * missing; an invalid one falls back to its default and yields a notice. Serialising writes only
 * what differs from the defaults, so a default view has a bare URL.
 */
import { DEFAULT_LANG, DEFAULT_VIEW, isEvidenceKey, isLang, isViewId } from '../corpus/vocabulary';
import type { EvidenceTarget, Lang, ViewId } from '../corpus/vocabulary';
import { decodeProfile, encodeProfile } from '../corpus/profile';
import type { Profile } from '../corpus/profile';

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
}

export const DEFAULT_URL_STATE: UrlState = {
  view: DEFAULT_VIEW,
  models: null,
  focus: null,
  evidence: null,
  lang: DEFAULT_LANG,
  profile: null,
  embed: false,
  present: false,
  tour: null,
  step: 1,
};

export type ParamName =
  | 'view'
  | 'models'
  | 'focus'
  | 'evidence'
  | 'lang'
  | 'profile'
  | 'embed'
  | 'present'
  | 'tour'
  | 'step';

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
}

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

/** A 1/0 switch (`embed=1`, `present=1`). */
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

export function parseStep(raw: string | null, steps: number | undefined): Parsed<number> {
  if (raw === null) return { status: 'missing' };
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  return steps !== undefined && n >= 1 && n <= steps
    ? { status: 'valid', value: n }
    : { status: 'invalid', raw, reason: 'badStep' };
}

export function parseLang(raw: string | null): Parsed<Lang> {
  if (raw === null) return { status: 'missing' };
  return isLang(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'unknownLang' };
}

function take<T>(param: ParamName, parsed: Parsed<T>, fallback: T, notices: UrlNotice[]): T {
  if (parsed.status === 'valid') return parsed.value;
  if (parsed.status === 'invalid')
    notices.push({ param, value: parsed.raw, reason: parsed.reason });
  return fallback;
}

/** Never throws: any string yields a state and the notices for what was set aside. */
export function parseUrlState(
  search: string,
  ctx: UrlContext,
): { state: UrlState; notices: UrlNotice[] } {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    query = new URLSearchParams();
  }
  const notices: UrlNotice[] = [];
  const d = DEFAULT_URL_STATE;
  const state: UrlState = {
    view: take('view', parseView(query.get('view')), d.view, notices),
    models: take('models', parseModels(query.get('models'), ctx), d.models, notices),
    focus: take('focus', parseFocus(query.get('focus'), ctx), d.focus, notices),
    evidence: take('evidence', parseEvidence(query.get('evidence'), ctx), d.evidence, notices),
    lang: take('lang', parseLang(query.get('lang')), d.lang, notices),
    profile: take('profile', parseProfile(query.get('profile')), d.profile, notices),
    embed: take('embed', parseEmbed(query.get('embed')), d.embed, notices),
    present: take('present', parseEmbed(query.get('present')), d.present, notices),
    tour: null,
    step: d.step,
  };
  state.tour = take('tour', parseTour(query.get('tour'), ctx), d.tour, notices);
  // A step means something only within a tour.
  if (state.tour)
    state.step = take(
      'step',
      parseStep(query.get('step'), ctx.tourSteps?.[state.tour]),
      d.step,
      notices,
    );
  return { state, notices };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** `?view=concepts&models=italy,japan`, or '' for the defaults. */
export function serializeUrlState(state: UrlState, ctx: UrlContext): string {
  const query = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW) query.set('view', state.view);
  if (state.models && !sameList(state.models, ctx.modelIds))
    query.set('models', state.models.join(','));
  if (state.focus) query.set('focus', state.focus);
  if (state.evidence) query.set('evidence', `${state.evidence.model}.${state.evidence.key}`);
  if (state.lang !== DEFAULT_LANG) query.set('lang', state.lang);
  if (state.profile) query.set('profile', encodeProfile(state.profile));
  if (state.embed) query.set('embed', '1');
  if (state.present) query.set('present', '1');
  if (state.tour) {
    query.set('tour', state.tour);
    query.set('step', String(state.step));
  }
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

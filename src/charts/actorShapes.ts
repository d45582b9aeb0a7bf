/**
 * How the hierarchy diagrams draw actors and links. Actors are a rounded box holding a letter code
 * (the letters are words, so they come from the catalogues): never one of the model marker shapes
 * of markers.ts, which mean "this model" everywhere else. Links have four line styles, few enough
 * to tell apart at print size; link kinds of a like nature share one.
 */

export type LinkStyle = 'solid' | 'dashed' | 'dotted' | 'double';

export const LINK_STYLES: readonly LinkStyle[] = ['solid', 'dashed', 'dotted', 'double'];

/**
 * Orders and contracts: solid. Working together: dashed. Support flowing to firms (research,
 * finance, advice): dotted. Services shared through an institution: double. A kind a user corpus
 * adds and this table does not know is drawn dashed.
 */
export const LINK_STYLE_OF: Readonly<Record<string, LinkStyle>> = {
  subcontracting: 'solid',
  contract: 'solid',
  cooperation: 'dashed',
  coordination: 'dashed',
  research: 'dotted',
  finance: 'dotted',
  advice: 'dotted',
  'shared-services': 'double',
};

/** Dash patterns per style, in units of the stroke width (dots need a round line cap). */
export const LINK_DASH_UNITS: Readonly<Record<LinkStyle, readonly number[]>> = {
  solid: [],
  dashed: [5, 3],
  dotted: [0, 2.6],
  double: [],
};

export const linkDash = (style: LinkStyle, strokeWidth: number): string | undefined => {
  const units = LINK_DASH_UNITS[style];
  return units.length
    ? units.map((u) => Math.round(u * strokeWidth * 10) / 10).join(' ')
    : undefined;
};

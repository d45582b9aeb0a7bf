/**
 * Node shapes for actor types in the hierarchy diagrams: ten types from seven outlines, told apart
 * by filled versus hollow where an outline is shared. Drawn with the marker outlines of markers.ts.
 */
import type { ActorType } from '../corpus/schema';
import type { MarkerShape } from './markers';

export const ACTOR_SHAPES: Record<ActorType, { shape: MarkerShape; hollow: boolean }> = {
  'large-firm': { shape: 'square', hollow: false },
  sme: { shape: 'circle', hollow: false },
  university: { shape: 'triangle', hollow: false },
  'research-centre': { shape: 'diamond', hollow: false },
  'venture-capital': { shape: 'star', hollow: false },
  'national-government': { shape: 'cross', hollow: false },
  'regional-authority': { shape: 'wye', hollow: false },
  'local-authority': { shape: 'wye', hollow: true },
  agency: { shape: 'diamond', hollow: true },
  'collective-institution': { shape: 'triangle', hollow: true },
};

/** Dash patterns for link kinds: the line style, not only its colour, tells the kind. */
export const LINK_DASHES: Record<string, string> = {
  subcontracting: '',
  cooperation: '7 4',
  research: '2 3',
  advice: '9 3 2 3',
  finance: '1 4',
  contract: '12 4',
  'shared-services': '4 2 1 2',
  coordination: '12 3 3 3',
};

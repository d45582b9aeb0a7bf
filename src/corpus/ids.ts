/**
 * The fixed id lists of the corpus format and the app (dimensions, views, slide parts, evidence
 * keys, levels, families), as plain constants. schema.ts builds its enums from them; the first page
 * reads them from here, so it need not carry the schema, which loads beside the corpus (load.ts).
 */
export const DIMENSION_IDS = [
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
  'universityIndustry',
] as const;

/** The app's views, as tours and links name them. */
export const VIEW_IDS = [
  'overview',
  'compare',
  'state-role',
  'governance',
  'sectors',
  'hierarchy',
  'fit',
  'tours',
  'concepts',
  'sources',
  'handout',
  'editor',
  'model',
  'article',
] as const;

/**
 * The parts of a view a slide can show: a presentation shows one part per step (the view's first
 * part unless the step names another), so a tall view becomes several slides, never a scrolling one.
 */
export const SLIDE_PARTS = [
  'cards',
  'chart',
  'instruments',
  'codes',
  'actors',
  'lessons',
  'ranking',
] as const;

/** What an evidence link may open for a model: a coded dimension, or one of its entry lists. */
export const EVIDENCE_KEYS = [
  'stateRole',
  'governanceLevel',
  'sectorFocus',
  'firmHierarchy',
  'universityIndustry',
  'actors',
  'instruments',
  'lessons',
] as const;

/** Which parts each view has as slides, its default first; views not listed are text pages. */
export const VIEW_PARTS: Partial<
  Record<(typeof VIEW_IDS)[number], readonly (typeof SLIDE_PARTS)[number][]>
> = {
  overview: ['cards'],
  'state-role': ['chart'],
  governance: ['chart'],
  sectors: ['chart'],
  hierarchy: ['chart'],
  compare: ['codes', 'actors', 'instruments', 'lessons'],
  fit: ['ranking'],
};

export const GOVERNANCE_LEVEL_IDS = ['national', 'regional', 'local'] as const;
export const SECTOR_FAMILY_IDS = ['traditional', 'industrial', 'high-tech', 'mixed'] as const;

/**
 * Two example regions a lecturer can rank the models against in class (the five-ways tour's
 * last step suggests both), and the two profiles issue 17 is checked against: a resource region
 * with a strong central state and a few large industrial firms, and a craft region of small
 * firms. Pure data; their names live in the catalogues under `fit.example.<id>`.
 */
import type { ProfileValues } from '../corpus/profile';

export interface ExampleProfile {
  id: 'resource' | 'craft';
  values: ProfileValues;
}

export const EXAMPLE_PROFILES: readonly ExampleProfile[] = [
  {
    id: 'resource',
    values: {
      stateRole: 5,
      governanceLevel: { national: 0.8, regional: 0.15, local: 0.05 },
      sectorFocus: { traditional: 0.2, industrial: 0.7, 'high-tech': 0.05, mixed: 0.05 },
      firmHierarchy: 5,
      universityIndustry: 2,
    },
  },
  {
    id: 'craft',
    values: {
      stateRole: 2,
      governanceLevel: { national: 0.2, regional: 0.3, local: 0.5 },
      sectorFocus: { traditional: 0.8, industrial: 0.1, 'high-tech': 0.05, mixed: 0.05 },
      firmHierarchy: 1,
      universityIndustry: 2,
    },
  },
];

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFileText } from '../../src/build/corpus-plugin';
import { repoRoot } from '../support/paths';

describe('public/corpus.schema.json', () => {
  it('matches the JSON Schema generated from the zod schema (run "npm run build" to refresh it)', () => {
    expect(readFileSync(join(repoRoot, 'public', 'corpus.schema.json'), 'utf8')).toBe(
      schemaFileText(),
    );
  });

  it('describes the bundle and the model fields of the contract', () => {
    const schema = JSON.parse(schemaFileText()) as {
      required: string[];
      properties: Record<string, any>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['codebook', 'models']));
    const model = schema.properties.models.items;
    expect(Object.keys(model.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'iso3',
        'modelName',
        'summary',
        'codes',
        'actors',
        'instruments',
        'examples',
        'lessons',
        'facts',
        'evidence',
      ]),
    );
  });
});

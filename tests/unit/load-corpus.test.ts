import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { bundledCorpus } from '../support/corpus';

/** A fetch that answers every request with this body and status. */
const answering =
  (body: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('loadCorpus (the schema and the checks load beside the corpus)', () => {
  it('is ready with the bundled corpus, validated', async () => {
    const result = await loadCorpus('corpus.json', answering(JSON.stringify(bundledCorpus())));
    expect(result.status).toBe('ready');
    if (result.status === 'ready') expect(result.bundle.models).toHaveLength(5);
  });

  it('says where the text is not JSON', async () => {
    const result = await loadCorpus('corpus.json', answering('{"models": ['));
    expect(result).toMatchObject({ status: 'error', kind: 'invalid' });
    if (result.status === 'error')
      expect(result.problems[0]).toMatch(/^corpus\.json: not valid JSON/);
  });

  it('names what the schema rejects', async () => {
    const broken = bundledCorpus() as unknown as { models: { codes: { stateRole: object } }[] };
    broken.models[0]!.codes.stateRole = { ...broken.models[0]!.codes.stateRole, value: 9 };
    const result = await loadCorpus('corpus.json', answering(JSON.stringify(broken)));
    expect(result).toMatchObject({ status: 'error', kind: 'invalid' });
    if (result.status === 'error') {
      expect(result.problems).toEqual([
        'models[0].codes.stateRole.value: value 9 is off the scale (expected at most 5)',
      ]);
    }
  });

  it('reports a failed request as a network problem', async () => {
    expect(await loadCorpus('corpus.json', answering('', 404))).toMatchObject({
      status: 'error',
      kind: 'network',
      detail: 'HTTP 404',
    });
  });
});

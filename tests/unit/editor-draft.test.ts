import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/corpus/issues';
import {
  blankModel,
  checkDraft,
  copyOfModel,
  getAt,
  issuesAt,
  readDraft,
  saveDraft,
  setAsideDraftKey,
  setAt,
  unclaimedIssues,
  withModel,
  DRAFT_STORAGE_KEY,
} from '../../src/views/editor/draft';
import { createGuardedStorage } from '../../src/state/storage';
import { bundledCorpus } from '../support/corpus';
import { memoryBackend } from '../support/storage';

const corpus = bundledCorpus();

describe('editor drafts', () => {
  it('a blank model has every part, and its problems point at the fields to fill', () => {
    const draft = blankModel(corpus.codebook);
    const { model, issues } = checkDraft(draft, corpus.codebook);
    expect(model).toBeNull();
    const where = issues.map((i) => formatIssue(i).split(':')[0]);
    for (const path of [
      'id',
      'name',
      'iso3',
      'summary',
      'codes.stateRole.rationale',
      'evidence[0].quote',
    ])
      expect(where).toContain(path);
    // Nothing about missing parts: the structure is complete.
    expect(issues.some((i) => i.problem.includes('missing'))).toBe(false);
  });

  it('a copy of a model is valid at once, under a new id', () => {
    const taken = new Set(corpus.models.map((m) => m.id));
    const copy = copyOfModel(corpus.models[0]!, taken);
    expect(copy.id).toBe(`${corpus.models[0]!.id}-recoded`);
    expect(checkDraft(copy, corpus.codebook).model).not.toBeNull();
    taken.add(String(copy.id));
    expect(copyOfModel(corpus.models[0]!, taken).id).toBe(`${corpus.models[0]!.id}-recoded-2`);
  });

  it('setAt changes one place and copies the way there, leaving the original alone', () => {
    const draft = blankModel(corpus.codebook);
    const next = setAt(draft, ['codes', 'stateRole', 'value'], 5);
    expect(getAt(next, ['codes', 'stateRole', 'value'])).toBe(5);
    expect(getAt(draft, ['codes', 'stateRole', 'value'])).toBe(3);
    expect(getAt(next, ['codes', 'governanceLevel'])).toBe(
      getAt(draft, ['codes', 'governanceLevel']),
    );
    const listed = setAt(draft, ['evidence', 0, 'quote'], 'A quote.');
    expect(Array.isArray(getAt(listed, ['evidence']))).toBe(true);
  });

  it('setAt never touches prototypes, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string()), {
          maxLength: 4,
        }),
        fc.jsonValue(),
        (path, value) => {
          setAt({}, path, value);
          expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
    setAt({}, ['__proto__', 'polluted'], 'yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives each field the problems at or inside its path, and the rest to the list above', () => {
    const { issues } = checkDraft(blankModel(corpus.codebook), corpus.codebook);
    const idIssues = issuesAt(issues, ['id']);
    expect(idIssues.length).toBe(1);
    expect(issuesAt(issues, ['evidence', 0]).map((i) => formatIssue(i))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^evidence\[0\]\.quote:/)]),
    );
    const rest = unclaimedIssues(issues, [['id'], ['name']]);
    expect(rest.length).toBe(
      issues.length - issuesAt(issues, ['id']).length - issuesAt(issues, ['name']).length,
    );
  });

  it('keeps a draft in storage', () => {
    const backend = memoryBackend();
    const storage = createGuardedStorage(
      () => backend,
      () => {},
    );
    expect(readDraft(storage)).toEqual({ status: 'none' });
    expect(saveDraft({ name: 'Atlantis' }, storage)).toBe(true);
    expect(readDraft(storage)).toEqual({ status: 'ok', draft: { name: 'Atlantis' } });
    const full = createGuardedStorage(
      () => memoryBackend({}, { failWrites: true }),
      () => {},
    );
    expect(saveDraft({ name: 'x' }, full)).toBe(false);
  });

  it('sets aside a stored draft the form cannot show, and keeps it when a new one is saved', () => {
    const backend = memoryBackend();
    const storage = createGuardedStorage(
      () => backend,
      () => {},
    );
    for (const raw of ['{broken', '[1, 2]', '"text"', '{"evidence":"abc"}', '{"codes":[1]}']) {
      backend.map.set(DRAFT_STORAGE_KEY, raw);
      expect(readDraft(storage)).toEqual({ status: 'setAside', raw, name: null });
    }
    backend.map.set(DRAFT_STORAGE_KEY, '{"name":"Atlantis","actors":{}}');
    const read = readDraft(storage);
    expect(read).toMatchObject({ status: 'setAside', name: 'Atlantis' });
    // A draft whose values are wrong is still a draft: the form shows its problems.
    backend.map.set(DRAFT_STORAGE_KEY, '{"name":7,"evidence":[null,"x"]}');
    expect(readDraft(storage).status).toBe('ok');
    const at = new Date(Date.UTC(2026, 0, 1));
    saveDraft({ name: 'New' }, storage, '{"name":"Atlantis","actors":{}}', at);
    expect(backend.map.get(setAsideDraftKey(at))).toBe('{"name":"Atlantis","actors":{}}');
    expect(JSON.parse(backend.map.get(DRAFT_STORAGE_KEY)!)).toEqual({ name: 'New' });
  });

  it('adds a model to a corpus, or replaces the one with its id', () => {
    const copy = checkDraft(copyOfModel(corpus.models[1]!, new Set()), corpus.codebook).model!;
    const added = withModel(corpus, copy);
    expect(added.ok && added.value.models.length).toBe(corpus.models.length + 1);
    const same = { ...copy, id: corpus.models[1]!.id, name: 'France again' };
    const replaced = withModel(corpus, same);
    expect(replaced.ok && replaced.value.models.map((m) => m.name)).toContain('France again');
    expect(replaced.ok && replaced.value.models.length).toBe(corpus.models.length);
  });
});

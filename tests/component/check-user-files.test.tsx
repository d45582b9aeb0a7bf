import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUserFiles } from '../../src/corpus/check-user-files';
import type { Progress } from '../../src/corpus/user-corpus';
import { bundledCorpus } from '../support/corpus';
import { repoRoot } from '../support/paths';

// In the test DOM (jsdom), which has File and FileReader as a browser and a worker do.
const bundled = bundledCorpus();
const twoModels = readFileSync(join(repoRoot, 'tests/fixtures/bundles/two-models.json'), 'utf8');

describe('reading and checking the files a user chose', () => {
  it('reads each file, reporting progress, and checks the corpus', async () => {
    const phases: Progress['phase'][] = [];
    const result = await checkUserFiles(
      [new File([twoModels], 'two-models.json', { type: 'application/json' })],
      bundled,
      (p) => phases.push(p.phase),
    );
    expect(result.ok && result.bundle.models.map((m) => m.id)).toEqual(['italy', 'japan']);
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('validating');
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    Object.defineProperty(huge, 'slice', {
      value: () => {
        throw new Error('an oversized file must not be read');
      },
    });
    const result = await checkUserFiles([huge], bundled, () => undefined);
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: 'huge.json',
      problem: 'the file is 6.0 MB, 1.0 MB over the limit of 5.0 MB per file',
      expected: 'a file of at most 5 MB',
    });
  });

  it('reports a file that cannot be read instead of failing', async () => {
    const gone = { name: 'gone.json', size: 10 } as File;
    const result = await checkUserFiles([gone], bundled, () => undefined);
    expect(!result.ok && result.problems).toEqual([
      {
        file: 'gone.json',
        where: '(whole file)',
        problem: 'could not be read',
        expected: 'a readable file; check that it still exists and try again',
      },
    ]);
  });
});

import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layerProblem } from '../../src/build/eslint-layers.js';
import { repoRoot } from '../support/paths';

/** Lints one made-up file at `path` (relative to the repo) with the project's own config. */
async function layerMessages(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'atlas/layers').map((m) => m.message);
}

describe('the layer rule', () => {
  it('lets imports go down and forbids them going up', () => {
    expect(layerProblem('views', 'state')).toBeNull();
    expect(layerProblem('ui', 'views')).toBeNull();
    expect(layerProblem('evidence', 'charts')).toBeNull();
    expect(layerProblem('state', 'views')).toMatch(/imports go down only/);
    expect(layerProblem('corpus', 'state')).toMatch(/imports go down only/);
    expect(layerProblem('views', 'ui')).toMatch(/imports go down only/);
  });

  it('keeps chart drawing parts away from the store and tools away from the app', () => {
    expect(layerProblem('charts', 'state')).toMatch(/charts\/ may import only/);
    expect(layerProblem('charts', 'corpus')).toBeNull();
    expect(layerProblem('cli', 'views')).toMatch(/cli\/ may import only/);
  });

  it('fails lint on an import against the flow, and on production code importing tests/', async () => {
    expect(
      await layerMessages(
        'src/state/made-up.ts',
        "import { Overview } from '../views/overview/Overview';\n",
      ),
    ).toEqual([expect.stringMatching(/state\/ \(layer 2\) may not import views\//)]);
    expect(
      await layerMessages('src/cli/made-up.ts', "import { x } from '../../tests/support/paths';\n"),
    ).toEqual(['production code never imports tests/']);
    expect(
      await layerMessages(
        'src/views/made-up.ts',
        "const m = import('../ui/App');\nexport { m };\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerMessages(
        'src/views/made-up.ts',
        "import { useBundle } from '../state/selectors';\nexport { useBundle };\n",
      ),
    ).toEqual([]);
  });
});

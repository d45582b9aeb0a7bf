import { describe, expect, it } from 'vitest';
import { shareTexture, textureFill } from '../../src/charts/ShareTextures';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../src/corpus/derive';

describe('print textures of the share categories', () => {
  it('give every level and every family of a set its own texture, the first plain', () => {
    expect(GOVERNANCE_LEVELS.map(shareTexture)).toEqual(['plain', 'lines', 'dots']);
    expect(SECTOR_FAMILIES.map(shareTexture)).toEqual(['plain', 'lines', 'cross', 'dots']);
  });

  it('fill a plain category with nothing and the others with their own pattern of the chart', () => {
    expect(textureFill('c1', 'national')).toBe('none');
    expect(textureFill('c1', 'regional')).toBe('url(#c1-texture-regional)');
    expect(textureFill('c2', 'high-tech')).toBe('url(#c2-texture-high-tech)');
  });
});

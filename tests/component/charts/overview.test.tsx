import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import { CardGlyph } from '../../../src/views/overview/CardGlyph';
import type { CardGlyphLabels } from '../../../src/views/overview/CardGlyph';
import { deriveCard } from '../../../src/views/overview/derive';
import { GLYPH_WIDTH, layoutGlyph } from '../../../src/views/overview/layout';
import { buildChartModel, codebook } from '../../support/corpus';

const card = deriveCard(
  buildChartModel('g', {
    name: 'Glyphland',
    stateRole: 2,
    governance: { national: 0.1, regional: 0.2, local: 0.7 },
    lead: 'local',
  }),
  codebook(),
);
const labels: CardGlyphLabels = {
  title: 'Glyphland on four dimensions',
  description: 'state role 2 of 5',
  rows: { stateRole: 'State', governanceLevel: 'Gov', sectorFocus: 'Sect', firmHierarchy: 'Hier' },
  initial: {
    national: 'N',
    regional: 'R',
    local: 'L',
    traditional: 'T',
    industrial: 'I',
    'high-tech': 'H',
    mixed: 'M',
  },
};

function draw(type: TypeScale) {
  const layout = layoutGlyph(card.glyph, GLYPH_WIDTH * type.factor, type, labels.rows);
  return render(<CardGlyph layout={layout} index={3} labels={labels} />);
}

describe('CardGlyph, from props alone', () => {
  it('is one image named by its title and description, with its four rows', () => {
    draw(SCREEN_TYPE);
    expect(
      screen.getByRole('img', { name: 'Glyphland on four dimensions state role 2 of 5' }),
    ).toBeInTheDocument();
    for (const row of ['State', 'Gov', 'Sect', 'Hier'])
      expect(screen.getByText(row)).toBeInTheDocument();
  });

  it('fills as many dots as the value and draws shares left to right by size', () => {
    const { container } = draw(SCREEN_TYPE);
    const firstRow = container.querySelector('g')!;
    const filled = [...firstRow.querySelectorAll('circle')].map(
      (c) => c.getAttribute('fill') !== 'none',
    );
    expect(filled).toEqual([true, true, false, false, false]);
    const governance = container.querySelectorAll('g')[1]!;
    const widths = [...governance.querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths[2]).toBeGreaterThan(widths[1]! * 3);
    expect(governance).toHaveTextContent('L');
  });

  it('writes at the type scale’s size and is drawn larger for the projector', () => {
    const screenView = draw(SCREEN_TYPE);
    expect(screen.getByText('State').style.fontSize).toBe('12px');
    const screenR = Number(screenView.container.querySelector('circle')!.getAttribute('r'));
    screenView.unmount();
    const present = draw(PRESENT_TYPE);
    for (const text of present.container.querySelectorAll<SVGTextElement>('text'))
      expect(text.style.fontSize).toBe('24px');
    expect(Number(present.container.querySelector('circle')!.getAttribute('r'))).toBeGreaterThan(
      screenR,
    );
  });
});

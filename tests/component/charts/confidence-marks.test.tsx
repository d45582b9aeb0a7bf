/**
 * Low confidence is drawn in the charts, not only written in tables: a dashed ring around a state
 * role mark, a dashed outline around a card glyph's row, with the legend saying so.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCREEN_TYPE } from '../../../src/charts/type-scale';
import { CardGlyph } from '../../../src/views/overview/CardGlyph';
import { deriveCard } from '../../../src/views/overview/derive';
import { GLYPH_WIDTH, layoutGlyph } from '../../../src/views/overview/layout';
import { deriveStateRole } from '../../../src/views/state-role/derive';
import { layoutStateRole } from '../../../src/views/state-role/layout';
import { StateRoleDrawing } from '../../../src/views/state-role/StateRoleDrawing';
import { buildChartModel, codebook } from '../../support/corpus';
import { CONFIDENCE, recordingEvents } from './support';
import { fixedEmphasis } from '../../../src/lib/emphasis-channel';

function drawStateRole(lowest: 'low' | 'medium') {
  const data = deriveStateRole(
    [
      buildChartModel('sure', { name: 'Sureland', stateRole: 2 }),
      buildChartModel('guess', { name: 'Guessland', stateRole: 4, confidence: lowest }),
    ],
    codebook(),
  );
  return render(
    <StateRoleDrawing
      layout={layoutStateRole(data, 800, SCREEN_TYPE)}
      labels={{
        title: 'State role',
        description: 'two models',
        markName: (m) => m.name,
        confidence: CONFIDENCE,
        lowConfidence: 'dashed ring: low confidence',
      }}
      emphasis={fixedEmphasis(null)}
      events={recordingEvents().events}
    />,
  );
}

describe('confidence drawn in the charts', () => {
  it('rings a low-confidence state-role mark, only that one, and explains the ring', () => {
    const { container } = drawStateRole('low');
    const rings = container.querySelectorAll('svg[role="img"] .approximate-outline');
    expect(rings).toHaveLength(1);
    expect(rings[0]!.closest('[data-model]')).toHaveAttribute('data-model', 'guess');
    expect(screen.getByText('dashed ring: low confidence')).toBeInTheDocument();
  });

  it('draws no ring and no legend line when no mark is low-confidence', () => {
    const { container } = drawStateRole('medium');
    expect(container.querySelector('.approximate-outline')).toBeNull();
    expect(screen.queryByText('dashed ring: low confidence')).toBeNull();
  });

  it('outlines the low-confidence rows of a card glyph, dashed', () => {
    const card = deriveCard(buildChartModel('g', { name: 'Glyphland' }), codebook());
    const rows = { stateRole: 'S', governanceLevel: 'G', sectorFocus: 'Se', firmHierarchy: 'H' };
    const layout = layoutGlyph(card.glyph, GLYPH_WIDTH, SCREEN_TYPE, rows);
    const { container } = render(
      <CardGlyph
        layout={layout}
        index={0}
        labels={{ title: 'Glyphland', description: '', rows, initial: {} }}
        lowConfidence={['governanceLevel']}
      />,
    );
    const outlines = container.querySelectorAll('.approximate-outline');
    expect(outlines).toHaveLength(1);
    const governanceRow = layout.rows.find((r) => r.id === 'governanceLevel')!;
    expect(outlines[0]!.closest('g[transform]')).toHaveAttribute(
      'transform',
      `translate(0 ${governanceRow.y})`,
    );
    // Drawn at the layout's stroke, which the outline takes from its group.
    expect(outlines[0]!.parentElement).toHaveAttribute('stroke-width', String(layout.stroke));
    expect(outlines[0]).toHaveClass('approximate-outline--inherit');
  });
});

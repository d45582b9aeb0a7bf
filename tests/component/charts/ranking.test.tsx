import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../../src/charts/type-scale';
import type { TypeScale } from '../../../src/charts/type-scale';
import { RankingChartDrawing } from '../../../src/views/fit/RankingChartDrawing';
import { layoutRanking } from '../../../src/views/fit/RankingChartLayout';
import { recordingEvents } from './support';
import { fixedEmphasis } from '../../../src/lib/emphasis-channel';

const ranking = [
  { id: 'near', name: 'Nearby', distance: 0.2, index: 0 },
  { id: 'far', name: 'Faraway', distance: 0.7, index: 1 },
];

function draw(type: TypeScale = SCREEN_TYPE) {
  const recorded = recordingEvents();
  const view = render(
    <RankingChartDrawing
      layout={layoutRanking(ranking, 800, type)}
      labels={{ title: 'Nearest models', description: 'Nearby first, then Faraway' }}
      emphasis={fixedEmphasis('far')}
      link={recorded.events.link}
    />,
  );
  return { ...view, ...recorded };
}

const barOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-model="${id}"] rect`)!;

describe('RankingChartDrawing, from props alone', () => {
  it('is one image named by its title and description, a bar and percentage per model', () => {
    const { container, linked } = draw();
    expect(
      screen.getByRole('img', { name: 'Nearest models Nearby first, then Faraway' }),
    ).toBeInTheDocument();
    expect(screen.getByText('80%')).toBeInTheDocument();
    expect(screen.getByText('30%')).toBeInTheDocument();
    const width = (id: string) => Number(barOf(container, id).getAttribute('width'));
    expect(width('near')).toBeGreaterThan(width('far'));
    fireEvent.mouseEnter(container.querySelector('[data-model="near"]')!);
    expect(linked).toEqual(['near']);
    expect(container.querySelector('[data-model="near"]')).toHaveClass('is-dimmed');
  });

  it('writes at the type scale’s size; the projector gets taller bars', () => {
    const screenView = draw(SCREEN_TYPE);
    expect(screen.getByText('Nearby').style.fontSize).toBe('14px');
    const screenBar = Number(barOf(screenView.container, 'near').getAttribute('height'));
    screenView.unmount();
    const present = draw(PRESENT_TYPE);
    expect(screen.getByText('Nearby').style.fontSize).toBe('24px');
    expect(Number(barOf(present.container, 'near').getAttribute('height'))).toBeGreaterThan(
      screenBar,
    );
  });
});

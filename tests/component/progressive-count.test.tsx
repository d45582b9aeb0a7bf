import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from '../../src/lib/useProgressiveCount';

function List({ total }: { total: number }) {
  const shown = useProgressiveCount(total, 12, 6);
  return (
    <ul aria-busy={shown < total}>
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

describe('useProgressiveCount', () => {
  it('draws a first screen at once, then the rest a batch per frame, and says it is busy until then', async () => {
    render(<List total={40} />);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(40);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(12);
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(40));
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'false');
  });

  it('draws a short list whole at once', () => {
    render(<List total={8} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'false');
  });

  it('draws everything left before printing', () => {
    render(<List total={200} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
  });
});

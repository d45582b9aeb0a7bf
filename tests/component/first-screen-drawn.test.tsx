import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFirstScreenDrawn } from '../../src/lib/useFirstScreenDrawn';

describe('useFirstScreenDrawn', () => {
  it('is false in the first render and true in the one React does right after it', async () => {
    const seen: boolean[] = [];
    function Page() {
      const drawn = useFirstScreenDrawn();
      seen.push(drawn);
      return <p>{drawn ? 'the rest' : 'first screen'}</p>;
    }
    render(<Page />);
    expect(await screen.findByText('the rest')).toBeInTheDocument();
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../src/i18n/react';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import type { OfflineEvents } from '../../src/ui/offline';
import { UpdatePrompt } from '../../src/ui/UpdatePrompt';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/StoreProvider';
import { buildBundle, buildModel } from '../support/corpus';

/** A stand-in for the service worker registration that the test can drive. */
function fakeWorker() {
  let events: OfflineEvents | null = null;
  const applyUpdate = vi.fn(() => Promise.resolve());
  const register = vi.fn((e: OfflineEvents) => {
    events = e;
    return Promise.resolve(applyUpdate);
  });
  const store = createAppStore();
  const mount = () =>
    render(
      <I18nProvider i18n={initI18n(en)}>
        <StoreProvider store={store}>
          <UpdatePrompt register={register} />
        </StoreProvider>
      </I18nProvider>,
    );
  return { register, applyUpdate, mount, store, events: () => events! };
}

describe('update prompt', () => {
  it('shows nothing until the worker reports something', () => {
    const worker = fakeWorker();
    worker.mount();
    expect(worker.register).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers "Update available — reload" and applies the update only when asked', async () => {
    const worker = fakeWorker();
    worker.mount();
    await act(async () => worker.events().onNeedRefresh());
    expect(screen.getByRole('status')).toHaveTextContent('Update available — reload');
    expect(worker.applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(worker.applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('lets the user put an update off', async () => {
    const worker = fakeWorker();
    worker.mount();
    await act(async () => worker.events().onNeedRefresh());
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(worker.applyUpdate).not.toHaveBeenCalled();
  });

  it('asks before reloading a tab that shows the user’s own corpus', async () => {
    const worker = fakeWorker();
    const bundle = buildBundle({ models: [buildModel({ id: 'mine' })] });
    act(() => worker.store.getState().showUserCorpus(bundle, 'my-regions.json'));
    worker.mount();
    await act(async () => worker.events().onNeedRefresh());
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    const dialog = screen.getByRole('dialog', { name: 'Reload and close your corpus?' });
    expect(dialog).toHaveTextContent('This tab shows your corpus “my-regions.json”');
    expect(worker.applyUpdate).not.toHaveBeenCalled();
    // Keeping the corpus closes the question and changes nothing.
    await userEvent.click(screen.getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(worker.applyUpdate).not.toHaveBeenCalled();
    // Asked again and confirmed, the update goes ahead.
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(worker.applyUpdate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says once that the app works offline, then clears the note by itself', async () => {
    vi.useFakeTimers();
    try {
      const worker = fakeWorker();
      worker.mount();
      await act(async () => worker.events().onOfflineReady());
      expect(screen.getByRole('status')).toHaveTextContent('works without a network');
      await act(async () => vi.advanceTimersByTime(8000));
      expect(screen.queryByRole('status')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

/**
 * applyUpdate lets the waiting service worker in and reloads the tab it was called from, once the
 * worker is active — also in a tab the old worker never controlled, which gets no controllerchange.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyUpdate } from '../../src/ui/offline';

/** A waiting worker that activates when told to skip waiting, as ours does. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installed';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
    if ((message as { type?: string }).type !== 'SKIP_WAITING') return;
    // Activation happens later, in steps, as in a browser.
    queueMicrotask(() => {
      this.setState('activating');
      queueMicrotask(() => this.setState('activated'));
    });
  }
  setState(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

const containerWith = (waiting: FakeWorker | null) => ({
  getRegistration: () =>
    Promise.resolve({ waiting } as unknown as ServiceWorkerRegistration | undefined),
});

describe('applying an update', () => {
  it('tells the waiting worker to take over, and reloads only once it is active', async () => {
    const worker = new FakeWorker();
    const states: ServiceWorkerState[] = [];
    const reload = vi.fn(() => states.push(worker.state));
    await applyUpdate(containerWith(worker), reload);
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(states).toEqual(['activated']);
  });

  it('reloads at once when no worker waits any more (another tab let it in)', async () => {
    const reload = vi.fn();
    await applyUpdate(containerWith(null), reload);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads when the waiting worker is replaced by a newer one', async () => {
    const worker = new FakeWorker();
    worker.postMessage = (message: unknown) => {
      worker.messages.push(message);
      queueMicrotask(() => worker.setState('redundant'));
    };
    const reload = vi.fn();
    await applyUpdate(containerWith(worker), reload);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

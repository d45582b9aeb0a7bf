// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createKeyboardStack, keyboardStack, useKeyLayer } from '../../src/lib/keyboard-stack';
import type { KeyLayer } from '../../src/lib/keyboard-stack';

/** A fresh stack on its own target, so tests never share layers. */
function setup() {
  const target = new EventTarget();
  const add = vi.spyOn(target, 'addEventListener');
  const remove = vi.spyOn(target, 'removeEventListener');
  const stack = createKeyboardStack(target);
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
    target.dispatchEvent(e);
    return e;
  };
  return { stack, target, press, add, remove };
}

describe('keyboard stack', () => {
  it('sends Esc to the top layer only', () => {
    const { stack, press } = setup();
    const tour = vi.fn();
    const panel = vi.fn();
    stack.push({ kind: 'tour', onEscape: tour });
    const popPanel = stack.push({ kind: 'panel', onEscape: panel });
    const e = press('Escape');
    expect(panel).toHaveBeenCalledTimes(1);
    expect(tour).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(true);
    popPanel();
    press('Escape');
    expect(tour).toHaveBeenCalledTimes(1);
    expect(panel).toHaveBeenCalledTimes(1);
  });

  it('ranks by kind, whatever the order of opening: a dialog above a panel above a tour', () => {
    const { stack, press } = setup();
    const calls: string[] = [];
    const layer = (kind: KeyLayer['kind']): KeyLayer => ({
      kind,
      onEscape: () => calls.push(kind),
    });
    stack.push(layer('dialog'));
    stack.push(layer('panel'));
    stack.push(layer('presentation'));
    stack.push(layer('tour'));
    stack.push(layer('menu'));
    expect(stack.layers().map((l) => l.kind)).toEqual([
      'dialog',
      'panel',
      'menu',
      'tour',
      'presentation',
    ]);
    press('Escape');
    expect(calls).toEqual(['dialog']);
  });

  it('puts the later of two layers of one kind on top', () => {
    const { stack, press } = setup();
    const first = vi.fn();
    const second = vi.fn();
    stack.push({ kind: 'dialog', onEscape: first });
    stack.push({ kind: 'dialog', onEscape: second });
    press('Escape');
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('passes Esc over a layer that does not take it', () => {
    const { stack, press } = setup();
    const tour = vi.fn();
    const menuKeys = vi.fn(() => false);
    stack.push({ kind: 'tour', onEscape: tour });
    stack.push({ kind: 'menu', onKey: menuKeys });
    press('Escape');
    expect(tour).toHaveBeenCalledTimes(1);
    // Esc never reaches onKey.
    expect(menuKeys).not.toHaveBeenCalled();
  });

  it('sends other keys down the stack until a layer handles them', () => {
    const { stack, press } = setup();
    const seen: string[] = [];
    stack.push({
      kind: 'tour',
      onKey: (e) => {
        seen.push(`tour:${e.key}`);
        return e.key === 'ArrowRight';
      },
    });
    stack.push({
      kind: 'panel',
      onKey: (e) => {
        seen.push(`panel:${e.key}`);
        return e.key === 'Tab';
      },
    });
    press('Tab');
    press('ArrowRight');
    expect(seen).toEqual(['panel:Tab', 'panel:ArrowRight', 'tour:ArrowRight']);
  });

  it('leaves alone a key a control already used', () => {
    const { stack, target } = setup();
    const escape = vi.fn();
    const key = vi.fn(() => true);
    stack.push({ kind: 'dialog', onEscape: escape, onKey: key });
    for (const name of ['Escape', 'Tab']) {
      const used = new KeyboardEvent('keydown', { key: name, cancelable: true });
      used.preventDefault();
      target.dispatchEvent(used);
    }
    expect(escape).not.toHaveBeenCalled();
    expect(key).not.toHaveBeenCalled();
  });

  it('listens on its target only while it holds a layer', () => {
    const { stack, add, remove } = setup();
    const pop1 = stack.push({ kind: 'menu', onEscape: () => undefined });
    const pop2 = stack.push({ kind: 'dialog', onEscape: () => undefined });
    expect(add).toHaveBeenCalledTimes(1);
    pop1();
    expect(remove).not.toHaveBeenCalled();
    pop2();
    pop2();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(stack.layers()).toEqual([]);
  });
});

describe('useKeyLayer', () => {
  const escape = () =>
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));

  it('holds a layer while active and mounted, with the latest handlers, without moving it', () => {
    const calls: string[] = [];
    const tour = renderHook(
      ({ label }: { label: string }) =>
        useKeyLayer('tour', { onEscape: () => calls.push(`tour ${label}`) }),
      { initialProps: { label: 'a' } },
    );
    const second = renderHook(
      ({ open }: { open: boolean }) =>
        useKeyLayer('tour', { onEscape: () => calls.push('second tour') }, open),
      { initialProps: { open: true } },
    );
    // Re-rendering the first with new handlers keeps it below the second of its kind.
    tour.rerender({ label: 'b' });
    escape();
    expect(calls).toEqual(['second tour']);
    second.rerender({ open: false });
    escape();
    expect(calls).toEqual(['second tour', 'tour b']);
    tour.unmount();
    second.unmount();
    expect(keyboardStack().layers()).toEqual([]);
  });
});

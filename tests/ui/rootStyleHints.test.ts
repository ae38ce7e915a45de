import { afterEach, describe, expect, it, vi } from 'vitest';
import { followHeaderHeight, followInputModality } from '../../src/ui/rootStyleHints';

afterEach(() => {
  delete document.documentElement.dataset.input;
  document.documentElement.style.removeProperty('--header-height');
  vi.restoreAllMocks();
});

describe('followInputModality', () => {
  it('marks the root as used by pointer after a press and by keyboard after a key, until stopped', () => {
    const stop = followInputModality(document);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('pointer');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('keyboard');
    stop();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('keyboard');
  });

  it('sees a press even when a handler stops it from bubbling', () => {
    const stop = followInputModality(document);
    const button = document.body.appendChild(document.createElement('button'));
    button.addEventListener('pointerdown', (e) => e.stopPropagation());
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(document.documentElement.dataset.input).toBe('pointer');
    stop();
    button.remove();
  });
});

describe('followHeaderHeight', () => {
  it('puts the header’s height on the root as --header-height', () => {
    const header = document.body.appendChild(document.createElement('header'));
    vi.spyOn(header, 'getBoundingClientRect').mockReturnValue({ height: 87.5 } as DOMRect);
    const stop = followHeaderHeight(header);
    expect(document.documentElement.style.getPropertyValue('--header-height')).toBe('87.5px');
    stop();
    header.remove();
  });

  it('where it can, takes the height from a resize observer’s reports, without reading the layout itself', () => {
    const observers: { callback: ResizeObserverCallback; observed: Element[]; disconnected: boolean }[] = [];
    class FakeResizeObserver {
      private record: (typeof observers)[number];
      constructor(callback: ResizeObserverCallback) {
        this.record = { callback, observed: [], disconnected: false };
        observers.push(this.record);
      }
      observe(target: Element) {
        this.record.observed.push(target);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const header = document.body.appendChild(document.createElement('header'));
    const read = vi.spyOn(header, 'getBoundingClientRect');
    const stop = followHeaderHeight(header);
    expect(observers[0]!.observed).toEqual([header]);
    expect(document.documentElement.style.getPropertyValue('--header-height')).toBe('');
    const report = (blockSize: number) =>
      observers[0]!.callback([{ target: header, borderBoxSize: [{ blockSize, inlineSize: 800 }] } as unknown as ResizeObserverEntry], {} as ResizeObserver);
    report(64);
    expect(document.documentElement.style.getPropertyValue('--header-height')).toBe('64px');
    report(112);
    expect(document.documentElement.style.getPropertyValue('--header-height')).toBe('112px');
    expect(read).not.toHaveBeenCalled();
    stop();
    expect(observers[0]!.disconnected).toBe(true);
    header.remove();
    vi.unstubAllGlobals();
  });
});

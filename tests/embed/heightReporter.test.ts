import { afterEach, describe, expect, it, vi } from 'vitest';
import { pymChildId, pymMessage, startHeightReporter } from '../../src/embed/heightReporter';

// A fake window inside a frame: its parent records what it is sent.
function frameWindow(search: string) {
  const sent: { message: unknown; target: string }[] = [];
  const parent = { postMessage: (message: unknown, target: string) => sent.push({ message, target }) };
  const win = { parent, location: { search } } as unknown as Window;
  return { win, sent };
}

function elementOfHeight(height: { value: number }): HTMLElement {
  return { getBoundingClientRect: () => ({ height: height.value }) } as unknown as HTMLElement;
}

let observed: (() => void) | null = null;
vi.stubGlobal(
  'ResizeObserver',
  class {
    constructor(callback: () => void) {
      observed = callback;
    }
    observe() {}
    disconnect() {}
  },
);

afterEach(() => {
  observed = null;
});

describe('startHeightReporter', () => {
  it('sends only the height, only to the parent, in the Datawrapper format', () => {
    const { win, sent } = frameWindow('?embed=1');
    startHeightReporter({ element: elementOfHeight({ value: 812.4 }), win });
    expect(sent).toEqual([{ message: { 'datawrapper-height': { 'shared-services-map': 813 } }, target: '*' }]);
  });

  it('also speaks pym.js when a pym parent gave it a child id', () => {
    const { win, sent } = frameWindow('?embed=1&initialWidth=600&childId=example-1&parentTitle=x');
    startHeightReporter({ element: elementOfHeight({ value: 500 }), win });
    expect(sent.map((s) => s.message)).toEqual(['pymxPYMxexample-1xPYMxheightxPYMx500', { 'datawrapper-height': { 'example-1': 500 } }]);
    expect(pymMessage('a', 1)).toBe('pymxPYMxaxPYMxheightxPYMx1');
  });

  it('sends again when the height changes, and not when it does not', () => {
    const { win, sent } = frameWindow('');
    const height = { value: 400 };
    startHeightReporter({ element: elementOfHeight(height), win });
    observed!();
    height.value = 650;
    observed!();
    expect(sent.map((s) => (s.message as Record<string, Record<string, number>>)['datawrapper-height']!['shared-services-map'])).toEqual([400, 650]);
  });

  it('checks once a second as well (no observations reach a frame out of view), sending again for the first ten seconds even when unchanged', () => {
    vi.useFakeTimers();
    try {
      const { win, sent } = frameWindow('');
      const height = { value: 400 };
      const stop = startHeightReporter({ element: elementOfHeight(height), win });
      const heights = () => sent.map((s) => (s.message as Record<string, Record<string, number>>)['datawrapper-height']!['shared-services-map']);
      // No observation comes; the check finds the new height.
      height.value = 456;
      vi.advanceTimersByTime(1000);
      expect(heights()).toEqual([400, 456]);
      // Unchanged, but sent again while a late embed.js may still be listening for it…
      vi.advanceTimersByTime(1000);
      expect(heights()).toEqual([400, 456, 456]);
      // …and after ten seconds only when it changes.
      vi.advanceTimersByTime(10_000);
      const settled = heights().length;
      vi.advanceTimersByTime(5000);
      expect(heights()).toHaveLength(settled);
      height.value = 500;
      vi.advanceTimersByTime(1000);
      expect(heights().at(-1)).toBe(500);
      // Stopped, it checks no more.
      stop();
      height.value = 600;
      vi.advanceTimersByTime(3000);
      expect(heights().at(-1)).toBe(500);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing in a page that is not embedded', () => {
    const win = { location: { search: '' } } as unknown as Window & { parent: Window };
    (win as { parent: Window }).parent = win;
    const stop = startHeightReporter({ element: elementOfHeight({ value: 400 }), win });
    expect(observed).toBeNull();
    stop();
  });
});

describe('the pym.js child id', () => {
  it('is read from the address', () => {
    expect(pymChildId('?embed=1&childId=map-2&initialWidth=600')).toBe('map-2');
    expect(pymChildId('?embed=1')).toBeNull();
  });

  it('is kept from the address the page was loaded at, after the app has rewritten its address', async () => {
    window.history.replaceState(null, '', '/?embed=1&initialWidth=600&childId=host-map');
    vi.resetModules();
    const reporter = await import('../../src/embed/heightReporter');
    // The app tidies its address to the view state, dropping pym's parameters.
    window.history.replaceState(null, '', '/?embed=1');
    const sent: unknown[] = [];
    const parent = vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage: (message: unknown) => sent.push(message) } as unknown as Window);
    const stop = reporter.startHeightReporter({ element: elementOfHeight({ value: 700 }) });
    expect(sent).toEqual(['pymxPYMxhost-mapxPYMxheightxPYMx700', { 'datawrapper-height': { 'host-map': 700 } }]);
    stop();
    parent.mockRestore();
    window.history.replaceState(null, '', '/');
  });
});

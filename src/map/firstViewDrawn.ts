import { whenIdle } from './idleWork';

// Work the first view does not need (the prefetches for offline use, the
// partnerships' text) waits until the first view is drawn: begun while the
// map was still being made, in the idle moments between its steps, it
// competed with it for the network and the main thread (the bench counted
// some 28 KB of lazily loaded code and the 570 KB details file among the
// bytes that arrived before the map was ready).

let drawn = false;
const waiting = new Set<() => void>();

/** The first view is on screen: the map with its links (src/map/MapView.tsx), or the table when the page opens on it. */
export function markFirstViewDrawn(): void {
  if (drawn) return;
  drawn = true;
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/** Whether the first view has been drawn. */
export function firstViewDrawn(): boolean {
  return drawn;
}

/** Run `callback` once the first view is drawn (at once if it is); returns a function that cancels it. */
export function whenFirstViewDrawn(callback: () => void): () => void {
  if (drawn) {
    callback();
    return () => {};
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}

/** Run `callback` when the browser is idle after the first view is drawn (see whenIdle for `timeout`); returns a function that cancels it. */
export function whenIdleAfterFirstView(callback: (deadline: IdleDeadline | null) => void, timeout?: number): () => void {
  let cancelIdle: (() => void) | null = null;
  const cancelWait = whenFirstViewDrawn(() => (cancelIdle = whenIdle(callback, timeout)));
  return () => {
    cancelWait();
    cancelIdle?.();
  };
}

/**
 * Run `callback` when the browser is next idle (or after `timeout` ms at the
 * latest); returns a function that cancels it. For work that must not delay
 * the first view.
 */
export function whenIdle(callback: () => void, timeout = 3000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, Math.min(timeout, 1500));
  return () => clearTimeout(timer);
}

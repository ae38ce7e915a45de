/**
 * Zoom levels from `from` outward within [min, max]: from+1, from-1, from+2,
 * from-2 … The nearer a level, the sooner a zoom needs it; in first, since a
 * wheel step often goes two levels at once.
 */
export function levelsOutward(from: number, min: number, max: number): number[] {
  const levels: number[] = [];
  for (let step = 1; from + step <= max || from - step >= min; step++) {
    if (from + step <= max) levels.push(from + step);
    if (from - step >= min) levels.push(from - step);
  }
  return levels;
}

/** Least idle time left in which to start another task: each takes from a few to about twenty milliseconds, and one that runs over delays the next input. */
const START_WITHIN_MS = 25;

/**
 * The most time one idle callback spends on the tasks: on a phone with a
 * CPU four times slower, a task of a quarter of 50 ms is a long one.
 */
const SLICE_MS = 10;

/**
 * Run the tasks in order while the browser is idle, as many per idle period
 * as fit, so work a later zoom will need is done before it is needed and
 * never delays a frame or an input for long. A task starts only with time
 * enough left in the idle period (between two frames of a zoom there is
 * little), or once the wait has timed out, so all of them finish even on a
 * page that is never idle for long. Returns a function that cancels what has
 * not run.
 */
export function runWhenIdle(tasks: readonly (() => void)[]): () => void {
  let next = 0;
  let cancel = () => {};
  const run = (deadline: IdleDeadline | null) => {
    const started = performance.now();
    let mayStart = !deadline || deadline.didTimeout || deadline.timeRemaining() > START_WITHIN_MS;
    while (mayStart && next < tasks.length) {
      tasks[next++]!();
      mayStart = deadline != null && deadline.timeRemaining() > START_WITHIN_MS && performance.now() - started < SLICE_MS;
    }
    if (next < tasks.length) cancel = whenIdle(run);
  };
  if (tasks.length) cancel = whenIdle(run);
  return () => cancel();
}

/**
 * Run `callback` when the browser is next idle (or after `timeout` ms at the
 * latest); returns a function that cancels it. Where the browser has no
 * requestIdleCallback, a timer stands in (and the deadline is null). For work
 * that must not delay the first view, a frame or an input.
 */
export function whenIdle(callback: (deadline: IdleDeadline | null) => void, timeout = 3000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(() => callback(null), Math.min(timeout, 1500));
  return () => window.clearTimeout(timer);
}

/** How long a step may wait for a frame before it runs anyway (a hidden tab or an off-screen iframe gets no frames). */
const FRAME_WAIT_MS = 100;

/**
 * Run `callback` in a task of its own once the next frame is painted (or
 * after FRAME_WAIT_MS at the latest); returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let done = false;
  let timer = 0;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(fallback);
    callback();
  };
  // The frame's callback runs before its paint: the step waits for a task after it.
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(run, 0)));
  const fallback = window.setTimeout(run, FRAME_WAIT_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    window.clearTimeout(fallback);
  };
}

/**
 * Run the steps in order, each in a task of its own after a paint, so a
 * long piece of work (the map's first view) never holds the page for more
 * than its longest step, and what an early step draws shows before the
 * next starts. Returns a function that cancels the steps not yet run.
 */
export function runInSteps(steps: readonly (() => void)[]): () => void {
  let cancel = () => {};
  const from = (index: number) => {
    if (index >= steps.length) return;
    cancel = afterNextPaint(() => {
      steps[index]!();
      from(index + 1);
    });
  };
  from(0);
  return () => cancel();
}

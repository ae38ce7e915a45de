import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES, type DataFileKey } from '../shared/dataFiles';

// The first view's data, asked for by a small script of its own
// (src/startDataRequests.ts) once index.html's shell has painted, while the
// app's main script is still downloading; loadData takes these requests
// rather than making its own. Asked for any earlier (a preload in the page's
// head), the data's 200 KB shared the line with the stylesheet the first
// paint waits for, and Lighthouse's mobile run counts every request that
// starts before the first paint against that paint.

const requests = new Map<string, Promise<Response>>();
let taken = false;

/** The address of a data file, from the app's root (see appRoot.ts). */
export const dataFileUrl = (root: string, key: DataFileKey): string => `${root}${DATA_DIR}/${DATA_FILES[key]}`;

/**
 * Ask for the first view's files now. Does nothing once loadData has started
 * (its own requests are under way) or if they were asked for already.
 */
export function requestFirstViewData(root: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): void {
  if (taken || requests.size > 0) return;
  for (const key of FIRST_VIEW_FILES) {
    const url = dataFileUrl(root, key);
    const request = fetchImpl(url);
    // Its failure is loadData's to report, when it takes the request; until then it is not unhandled.
    request.catch(() => {});
    requests.set(url, request);
  }
}

/** The request already made for this address, if any, handed over once; from now on no early requests are made. */
export function takeRequest(url: string): Promise<Response> | undefined {
  taken = true;
  const request = requests.get(url);
  requests.delete(url);
  return request;
}

/**
 * Run once the page's first contentful paint (index.html's shell) has been
 * made. A frame's callback is not enough: the paint is counted when the
 * screen shows it, which can come after the task that follows the frame.
 * Where the browser does not report paints, after the next frame; in a
 * hidden tab nothing paints, and loadData asks for the files itself.
 */
export function afterFirstPaint(run: () => void, win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & { PerformanceObserver?: typeof PerformanceObserver } = window): void {
  const Observer = win.PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('paint')) {
    win.requestAnimationFrame(() => win.setTimeout(run, 0));
    return;
  }
  const observer = new Observer((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: 'paint', buffered: true });
}

/** For tests: forget every request and start again. */
export function resetFirstViewRequests(): void {
  requests.clear();
  taken = false;
}

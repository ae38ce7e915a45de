// Tells the page that embeds the map how tall the map's content is, so the
// iframe can take that height. Two message formats, so hosts that already
// run one of these scripts need nothing more:
// - pym.js (ONS, newsrooms): "pymxPYMx{childId}xPYMxheightxPYMx{height}", sent
//   when the pym parent gave us a childId in the URL;
// - Datawrapper's responsive iframes: { "datawrapper-height": { id: height } },
//   which our own embed.js also reads.
// Only the height is sent, and only to the parent window. The target origin
// is "*" because the host's origin is not known to us; a height reveals nothing.

export interface HeightReporterOptions {
  /** The element whose height is the content's height. */
  element: HTMLElement;
  win?: Window;
  /** pym.js's id for this frame; by default the one in the address the page was loaded at. */
  childId?: string | null;
}

/** The childId a pym.js parent puts in the frame's address, if any. */
export function pymChildId(search: string): string | null {
  return new URLSearchParams(search).get('childId');
}

// Read once, when the page's script first runs: the app soon rewrites its
// address to the view state, dropping parameters it does not know (childId
// among them), and the map's reporter starts only after that. Reading the
// address then would lose pym.js, and the parent would keep the loading
// screen's height.
const childIdAtLoad = typeof window === 'undefined' ? null : pymChildId(window.location.search);

export function pymMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

export function startHeightReporter({ element, win = window, childId = win === window ? childIdAtLoad : pymChildId(win.location.search) }: HeightReporterOptions): () => void {
  if (win.parent === win) return () => {};
  const id = childId ?? 'shared-services-map';
  let last = -1;
  const send = (again = false) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if ((height === last && !again) || height <= 0) return;
    last = height;
    if (childId) win.parent.postMessage(pymMessage(childId, height), '*');
    win.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  };
  // Resize observations come once per rendered frame at most, so each can send at once.
  const observer = new ResizeObserver(() => send());
  observer.observe(element);
  send();
  // Two gaps the observations leave, closed by a check once a second: Chromium runs no rendering steps (so
  // delivers no observations) for a cross-origin frame scrolled out of view, so a second map below the fold
  // kept a height 56 px short; and the host's embed.js loads async, so it may miss the first messages: for
  // the first REPEAT_FOR_MS the height is sent again even when unchanged.
  const startedAt = Date.now();
  const timer = setInterval(() => send(Date.now() - startedAt < REPEAT_FOR_MS), CHECK_EVERY_MS);
  return () => {
    observer.disconnect();
    clearInterval(timer);
  };
}

const CHECK_EVERY_MS = 1000;
const REPEAT_FOR_MS = 10_000;

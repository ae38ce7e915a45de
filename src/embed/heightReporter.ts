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
}

export function pymMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

export function startHeightReporter({ element, win = window }: HeightReporterOptions): () => void {
  if (win.parent === win) return () => {};
  const childId = new URLSearchParams(win.location.search).get('childId');
  const id = childId ?? 'shared-services-map';
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    if (childId) win.parent.postMessage(pymMessage(childId, height), '*');
    win.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  };
  // Resize observations come once per rendered frame at most, so each can send at once.
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => observer.disconnect();
}

// How a reference page tells the bench what it drew, the way the app does:
// performance.mark('links-drawn', { detail: { links } }) once a draw with
// the links is done (the bench's page script times the frame after it), and
// for the first one also the 'map-ready' mark and data-map-ready="true" on
// <html>, which the bench waits for before it reads the load's times.

export interface SignalTarget {
  performance: Pick<Performance, 'mark'>;
  document: { documentElement: { dataset: DOMStringMap } };
}

/** Say that a draw with `links` links is done. */
export function signalLinksDrawn(target: SignalTarget, links: number): void {
  const root = target.document.documentElement;
  if (root.dataset.mapReady !== 'true') {
    target.performance.mark('map-ready');
    root.dataset.mapReady = 'true';
  }
  target.performance.mark('links-drawn', { detail: { links, drawn: links, grouped: false } });
}

/** "#rgb" or "#rrggbb" as [r, g, b], for WebGL layers; grey for anything else. */
export function rgbOf(colour: string): [number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : null;
  return parts ? (parts.map((p) => parseInt(p, 16)) as [number, number, number]) : [119, 119, 119];
}

// Hints on the root element for the stylesheet, from what the page sees.
//
// Whether the page was last used with a pointer or the keyboard, on the
// root element (data-input="pointer" | "keyboard"), for styles. Leaflet
// focuses the map's container itself on a mouse press, and Chrome then shows
// the container's focus ring (a dark frame) as if the keyboard had put it
// there: the stylesheet keeps that ring for keyboard use.

export type InputModality = 'pointer' | 'keyboard';

/** Follow the input on `doc`; returns a function that stops. */
export function followInputModality(doc: Document): () => void {
  const root = doc.documentElement;
  const set = (modality: InputModality) => () => {
    if (root.dataset.input !== modality) root.dataset.input = modality;
  };
  const onPointer = set('pointer');
  const onKey = set('keyboard');
  // Capture, so a handler that stops the event does not hide it.
  doc.addEventListener('pointerdown', onPointer, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('pointerdown', onPointer, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}

/** Keep `--header-height` on the root element at the height of `header`, so the map and panel fill exactly what is left of the window. */
export function followHeaderHeight(header: HTMLElement): () => void {
  const root = header.ownerDocument.documentElement;
  const set = (height: number) => root.style.setProperty('--header-height', `${height}px`);
  if (typeof ResizeObserver === 'undefined') {
    set(header.getBoundingClientRect().height);
    return () => {};
  }
  // Only the observer's reports, not a reading now: its first report comes
  // with the first layout, before that frame is painted, whereas reading the
  // height here forces a layout in the middle of the page's first commit (on
  // Lighthouse's slowed phone, some 35 ms of one long task).
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.borderBoxSize?.[0];
    set(box ? box.blockSize : header.getBoundingClientRect().height);
  });
  observer.observe(header);
  return () => observer.disconnect();
}

import L from 'leaflet';

// In an embed, the map must not catch the host page's scrolling. The wheel
// zooms only once the map has been clicked or focused (until the pointer or
// focus leaves it), and on touch screens one finger scrolls the page while
// two move and zoom the map. A short hint says how, when someone tries.

export interface GestureHints {
  wheel: string;
  touch: string;
}

const HINT_MS = 1600;

export function cooperativeGestures(map: L.Map, hints: GestureHints): () => void {
  const container = map.getContainer();
  const hint = L.DomUtil.create('div', 'gesture-hint', container);
  hint.setAttribute('aria-hidden', 'true');
  let timer = 0;
  const showHint = (text: string) => {
    hint.textContent = text;
    hint.classList.add('visible');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => hint.classList.remove('visible'), HINT_MS);
  };

  map.scrollWheelZoom.disable();
  const activate = () => {
    map.scrollWheelZoom.enable();
    hint.classList.remove('visible');
  };
  const deactivate = () => map.scrollWheelZoom.disable();
  const onWheel = () => {
    if (!map.scrollWheelZoom.enabled()) showHint(hints.wheel);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!container.contains(event.relatedTarget as Node | null)) deactivate();
  };
  container.addEventListener('wheel', onWheel, { passive: true });
  container.addEventListener('mousedown', activate);
  container.addEventListener('focusin', activate);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('mouseleave', deactivate);

  // Touch: without one-finger dragging Leaflet leaves one-finger pans to the
  // browser (touch-action: pan-x pan-y), and pinching still moves and zooms.
  const coarse = window.matchMedia?.('(pointer: coarse)').matches;
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length === 1) showHint(hints.touch);
  };
  if (coarse) {
    map.dragging.disable();
    container.addEventListener('touchmove', onTouchMove, { passive: true });
  }

  return () => {
    window.clearTimeout(timer);
    container.removeEventListener('wheel', onWheel);
    container.removeEventListener('mousedown', activate);
    container.removeEventListener('focusin', activate);
    container.removeEventListener('focusout', onFocusOut);
    container.removeEventListener('mouseleave', deactivate);
    container.removeEventListener('touchmove', onTouchMove);
    hint.remove();
    map.scrollWheelZoom.enable();
    if (coarse) map.dragging.enable();
  };
}

import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cooperativeGestures } from '../../src/embed/cooperativeGestures';

const HINTS = { wheel: 'Click the map to zoom with the wheel', touch: 'Use two fingers to move the map' };

let container: HTMLDivElement;
let map: L.Map;

function mountMap(coarsePointer: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: coarsePointer && query === '(pointer: coarse)', media: query }) as MediaQueryList);
  container = document.createElement('div');
  document.body.append(container);
  map = L.map(container, { center: [52, -1], zoom: 6 });
}

const hint = () => container.querySelector('.gesture-hint')!;
const fire = (type: string, init: EventInit & { relatedTarget?: EventTarget | null } = {}) =>
  container.dispatchEvent(type.startsWith('focus') ? new FocusEvent(type, { bubbles: true, ...init }) : new Event(type, { bubbles: true, ...init }));

beforeEach(() => vi.useFakeTimers());

afterEach(() => {
  map.remove();
  container.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('cooperativeGestures with a mouse', () => {
  it('lets the wheel zoom only once the map is clicked or focused, until the pointer or focus leaves', () => {
    mountMap(false);
    const stop = cooperativeGestures(map, HINTS);
    expect(map.scrollWheelZoom.enabled()).toBe(false);
    fire('mousedown');
    expect(map.scrollWheelZoom.enabled()).toBe(true);
    fire('mouseleave');
    expect(map.scrollWheelZoom.enabled()).toBe(false);
    fire('focusin');
    expect(map.scrollWheelZoom.enabled()).toBe(true);
    // Focus moving within the map keeps the wheel; leaving the map takes it away.
    const inside = document.createElement('button');
    container.append(inside);
    fire('focusout', { relatedTarget: inside });
    expect(map.scrollWheelZoom.enabled()).toBe(true);
    fire('focusout', { relatedTarget: document.body });
    expect(map.scrollWheelZoom.enabled()).toBe(false);
    stop();
  });

  it('shows the wheel hint for a moment when the wheel is turned before a click, and hides it on the click', () => {
    mountMap(false);
    const stop = cooperativeGestures(map, HINTS);
    expect(hint().getAttribute('aria-hidden')).toBe('true');
    fire('wheel');
    expect(hint().textContent).toBe(HINTS.wheel);
    expect(hint().classList.contains('visible')).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(hint().classList.contains('visible')).toBe(false);
    fire('wheel');
    fire('mousedown');
    expect(hint().classList.contains('visible')).toBe(false);
    stop();
  });

  it('undoes everything when stopped: the wheel zooms again and the hint is gone', () => {
    mountMap(false);
    cooperativeGestures(map, HINTS)();
    expect(map.scrollWheelZoom.enabled()).toBe(true);
    expect(container.querySelector('.gesture-hint')).toBeNull();
    fire('mouseleave');
    expect(map.scrollWheelZoom.enabled()).toBe(true);
  });
});

describe('cooperativeGestures on a touch screen', () => {
  it('leaves one-finger scrolling to the page, with a hint, until stopped', () => {
    mountMap(true);
    const stop = cooperativeGestures(map, HINTS);
    expect(map.dragging.enabled()).toBe(false);
    const oneFinger = new Event('touchmove', { bubbles: true });
    Object.defineProperty(oneFinger, 'touches', { value: [{}] });
    container.dispatchEvent(oneFinger);
    expect(hint().textContent).toBe(HINTS.touch);
    stop();
    expect(map.dragging.enabled()).toBe(true);
  });

  it('keeps one-finger dragging with a fine pointer', () => {
    mountMap(false);
    const stop = cooperativeGestures(map, HINTS);
    expect(map.dragging.enabled()).toBe(true);
    stop();
  });
});

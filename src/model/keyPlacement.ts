// Where the map's key goes, decided in one place. The key sits over the
// map's left side. Where the map's frame is wide enough, the first view
// fits the UK beside the open key (the UK is tall and narrow, so there is
// room at its side, src/map/MapView.tsx); where it is narrower, the key
// starts closed, so it does not cover the land (at 1024×768 it covered
// Scotland and Northern Ireland). The page's layout is the stylesheet's
// (src/styles.css): the panel beside the map at --panel-width from
// PANEL_BESIDE_MIN_WINDOW up, below the map under it; a test checks the two
// agree.

/** The narrowest map frame, in CSS pixels, with room for the UK beside the open key. */
export const KEY_BESIDE_MIN_MAP_WIDTH = 701;

/** From this window width up (CSS pixels), the panel sits beside the map; below, under it. */
export const PANEL_BESIDE_MIN_WINDOW = 761;

/** The panel's width beside the map (the stylesheet's --panel-width). */
export const PANEL_WIDTH = 400;

/** The width of the map's frame in a window this wide (the full page; an embed without its list is as wide as the window, and starts with the key closed anyway). */
export function mapFrameWidth(windowWidth: number): number {
  return windowWidth >= PANEL_BESIDE_MIN_WINDOW ? windowWidth - PANEL_WIDTH : windowWidth;
}

/** Whether the open key leaves room for the UK beside it in a map frame this wide. */
export function keyFitsBeside(mapWidth: number): boolean {
  return mapWidth >= KEY_BESIDE_MIN_MAP_WIDTH;
}

/** Whether the key starts open in a window this wide. */
export function keyStartsOpen(windowWidth: number): boolean {
  return keyFitsBeside(mapFrameWidth(windowWidth));
}

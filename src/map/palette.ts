// The colours the map paints on its canvases (the service areas' colours
// come with the data). tests/map/palette.test.ts checks them against WCAG.

/** A dark edge on every link, so a link of any colour stands out at 3:1 from the land under it. */
export const CASING = 'rgba(23, 32, 42, 0.72)';

/** Fill of the endpoint dots of links. */
export const ENDPOINT_FILL = '#ffffff';

/** Opacity of the links behind a focused council (the whole canvas, so overlapping links do not darken). */
export const DIMMED_OPACITY = 0.2;

export const BOUNDARY_COLOURS = {
  fill: '#f3f2ee',
  stroke: '#767f88',
  partnerFill: '#f9dc8c',
  focusFill: '#f0b429',
  focusStroke: '#1b1f24',
  hoverStroke: '#1b1f24',
  upperTier: '#47515c',
} as const;

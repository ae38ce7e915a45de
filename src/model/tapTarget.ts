// What a tap means. A fingertip is about 7 mm across, wider than most of
// the map's lines, so a tap on a council near a line used to open the line's
// partnership. On touch the council under the finger wins, unless the tap is
// all but on a line; with a mouse, whose point is exact, a line within a few
// pixels is taken, as before.

export type PointerKind = 'mouse' | 'touch';

/** How far past a line's edge, in pixels, a mouse still takes it. */
export const MOUSE_LINE_TOLERANCE = 5;
/** How far past a line's edge a tap on a council still takes the line: it must be very close. */
export const TOUCH_LINE_TOLERANCE_OVER_COUNCIL = 1;

/**
 * The distance past a line's edge within which the pointer takes the line
 * rather than what is under it: the council under a finger keeps a wider
 * share of the ground than the line beside it.
 */
export function lineTolerance(pointer: PointerKind, councilUnder: boolean): number {
  if (pointer === 'touch' && councilUnder) return TOUCH_LINE_TOLERANCE_OVER_COUNCIL;
  return MOUSE_LINE_TOLERANCE;
}

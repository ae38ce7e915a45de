// How a line of savings not known is dashed, by zoom. At the whole UK most
// such lines are a few pixels long, and short dashes each with a dark edge
// read as confetti, not as lines: there, the dashes are longer and have no
// edge (the colours stand at 3:1 on the land without one, see palette.ts).
// Zoomed in, where lines are long, they are dashed as before, edged like
// every other line. Lines of known savings are solid and edged at any zoom,
// so the two stay apart. The key draws the style of the zoom shown.

export interface DashStyle {
  /** Dash and gap lengths, in CSS pixels. */
  dash: number;
  gap: number;
  /** Whether each dash has the dark casing under it. */
  cased: boolean;
}

/** Below this zoom (where a county fills the frame, as marks reach full size: groupMarks.ts), the plain dashes. */
export const PLAIN_DASHES_BELOW = 8;

export function dashStyleAt(zoom: number): DashStyle {
  return zoom < PLAIN_DASHES_BELOW ? { dash: 7, gap: 3, cased: false } : { dash: 4, gap: 4, cased: true };
}

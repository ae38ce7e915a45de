// A long list cut to its first few items and a count of the rest, so that a
// national consortium of thirty councils reads as a few names "and 25 more"
// in the tooltip and the table, while the details list them all.

export interface ShortList<T> {
  shown: T[];
  /** How many are left out (0 when all are shown). */
  more: number;
}

/**
 * At most `max` entries: all the items when they fit, else the first
 * `max - 1` and a count of the others (a count of one would take as much
 * room as the name it replaces).
 */
export function shortList<T>(items: readonly T[], max: number): ShortList<T> {
  if (items.length <= max) return { shown: [...items], more: 0 };
  const keep = Math.max(0, max - 1);
  return { shown: items.slice(0, keep), more: items.length - keep };
}

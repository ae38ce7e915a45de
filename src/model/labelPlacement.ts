// Where the names of the councils in focus go, so none covers another:
// greedy placement, as most map labelling starts (Imhof's positions, tried
// in order of preference). Each label, in order of importance, takes the
// first of four places around its point (right, left, above, below) that
// meets no label placed before it and no other council's marker and lies
// inside the map's frame; a label with no free place is left out rather
// than drawn over another or cut at the frame's edge.

/** A box in pixels: [minX, minY, maxX, maxY]. */
export type LabelBox = readonly [number, number, number, number];

export interface LabelCandidate {
  id: string;
  text: string;
  /** The point it names, in pixels. */
  x: number;
  y: number;
  /** The text's size in pixels. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text's left end sits, on its middle line. */
  x: number;
  y: number;
  box: LabelBox;
}

/** How far the text stands off its point, and the clear space kept about each marker. */
export const LABEL_GAP = 5;

function meets(a: LabelBox, b: LabelBox): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** The four places for a label about its point, in order of preference: each box and its text's left end. */
function placesFor({ x, y, width, height }: LabelCandidate): { box: LabelBox; left: number; middle: number }[] {
  const half = height / 2;
  return [
    { left: x + LABEL_GAP, middle: y },
    { left: x - LABEL_GAP - width, middle: y },
    { left: x - width / 2, middle: y - LABEL_GAP - half },
    { left: x - width / 2, middle: y + LABEL_GAP + half },
  ].map(({ left, middle }) => ({ left, middle, box: [left, middle - half, left + width, middle + half] as const }));
}

/**
 * Place labels for the candidates, the most important first (the caller
 * orders them); at most `limit`, each inside `frame` when given (the map's
 * visible box, in the same pixels). Every candidate's point is kept clear of
 * other labels, so a name never hides a partner's marker.
 */
export function placeLabels(candidates: readonly LabelCandidate[], limit = 40, frame: LabelBox | null = null): PlacedLabel[] {
  const markers = candidates.map(({ id, x, y }) => ({ id, box: [x - LABEL_GAP + 1, y - LABEL_GAP + 1, x + LABEL_GAP - 1, y + LABEL_GAP - 1] as LabelBox }));
  const inFrame = (box: LabelBox) => !frame || (box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3]);
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    if (placed.length >= limit) break;
    const free = placesFor(candidate).find(
      ({ box }) =>
        inFrame(box) && !placed.some((other) => meets(box, other.box)) && !markers.some((marker) => marker.id !== candidate.id && meets(box, marker.box)),
    );
    if (free) placed.push({ id: candidate.id, text: candidate.text, x: free.left, y: free.middle, box: free.box });
  }
  return placed;
}

// Where the map's tooltip goes so that all of it is seen: beside the pointer,
// flipped to the other side near the map's right or bottom edge, clamped
// inside the part of the map frame that is in the window, and no taller
// than that part. On a phone the tooltip of a tap is a sheet along the foot
// of the map's visible part instead: a finger covers what is beside it, and
// the panel below the map stays uncovered.

export interface Size {
  width: number;
  height: number;
}

/** The part of the frame the window shows, in the frame's own pixels. */
export interface VisibleBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TooltipPlacementInput {
  /** The pointer, in the frame's pixels. */
  point: { x: number; y: number };
  /** The tooltip's natural size (before any cap). */
  size: Size;
  frame: Size;
  /** Where the frame is in the window (its bounding rectangle) and the window's size. */
  frameInWindow: { left: number; top: number };
  window: Size;
  /** A sheet along the bottom instead of a box beside the pointer. */
  sheet: boolean;
}

export interface TooltipPlacement {
  left: number;
  top: number;
  /** A cap on the height (the content scrolls or is cut past it); null when it fits. */
  maxHeight: number | null;
  /** A fixed width (the sheet), or null for the tooltip's own. */
  width: number | null;
}

/** The gap between the pointer and the tooltip. */
export const POINTER_GAP = 12;
/** The tooltip keeps this far from the edges. */
export const EDGE_MARGIN = 8;
/** A sheet takes at most this share of the visible map. */
export const SHEET_SHARE = 0.45;

/** The part of the frame inside the window, in frame pixels. */
export function visibleBox(frame: Size, frameInWindow: { left: number; top: number }, window: Size): VisibleBox {
  return {
    left: Math.max(0, -frameInWindow.left),
    top: Math.max(0, -frameInWindow.top),
    right: Math.min(frame.width, window.width - frameInWindow.left),
    bottom: Math.min(frame.height, window.height - frameInWindow.top),
  };
}

/** One axis: after the pointer if it fits, else before it, else as near as the edges allow. */
function placeOnAxis(pointer: number, length: number, low: number, high: number): number {
  const after = pointer + POINTER_GAP;
  if (after >= low && after + length <= high) return after;
  const before = pointer - POINTER_GAP - length;
  if (before >= low && before + length <= high) return before;
  return Math.max(low, Math.min(high - length, after));
}

export function tooltipPlacement(input: TooltipPlacementInput): TooltipPlacement {
  const box = visibleBox(input.frame, input.frameInWindow, input.window);
  const low = { x: box.left + EDGE_MARGIN, y: box.top + EDGE_MARGIN };
  const high = { x: Math.max(low.x, box.right - EDGE_MARGIN), y: Math.max(low.y, box.bottom - EDGE_MARGIN) };
  const room = { width: high.x - low.x, height: high.y - low.y };

  if (input.sheet) {
    const cap = Math.max(0, Math.floor((box.bottom - box.top) * SHEET_SHARE));
    const height = Math.min(input.size.height, cap);
    return { left: low.x, top: high.y - height, width: room.width, maxHeight: input.size.height > cap ? cap : null };
  }

  const height = Math.min(input.size.height, room.height);
  const width = Math.min(input.size.width, room.width);
  return {
    left: placeOnAxis(input.point.x, width, low.x, high.x),
    top: placeOnAxis(input.point.y, height, low.y, high.y),
    maxHeight: input.size.height > room.height ? room.height : null,
    width: null,
  };
}

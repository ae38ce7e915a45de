import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_MARGIN, POINTER_GAP, SHEET_SHARE, tooltipPlacement, visibleBox, type TooltipPlacementInput } from '../../src/model/tooltipPlacement';

const desktop = (point: { x: number; y: number }, size = { width: 200, height: 120 }): TooltipPlacementInput => ({
  point,
  size,
  frame: { width: 880, height: 700 },
  frameInWindow: { left: 0, top: 80 },
  window: { width: 1280, height: 800 },
  sheet: false,
});

describe('visibleBox', () => {
  it('is the part of the frame inside the window', () => {
    expect(visibleBox({ width: 390, height: 520 }, { left: 0, top: -100 }, { width: 390, height: 844 })).toEqual({ left: 0, top: 100, right: 390, bottom: 520 });
    expect(visibleBox({ width: 390, height: 520 }, { left: 0, top: 500 }, { width: 390, height: 844 })).toEqual({ left: 0, top: 0, right: 390, bottom: 344 });
  });
});

describe('tooltipPlacement beside the pointer', () => {
  it('goes below and right of the pointer where it fits', () => {
    expect(tooltipPlacement(desktop({ x: 100, y: 100 }))).toEqual({ left: 100 + POINTER_GAP, top: 100 + POINTER_GAP, maxHeight: null, width: null });
  });

  it('flips above the pointer near the bottom of the map', () => {
    const placed = tooltipPlacement(desktop({ x: 100, y: 690 }));
    expect(placed.top).toBe(690 - POINTER_GAP - 120);
  });

  it('flips to the left of the pointer near the right edge', () => {
    const placed = tooltipPlacement(desktop({ x: 850, y: 100 }));
    expect(placed.left).toBe(850 - POINTER_GAP - 200);
  });

  it('stays above the window’s bottom when the frame runs past it', () => {
    // The frame's lower 180 px are below the window: the tooltip treats the window's edge as the frame's.
    const placed = tooltipPlacement(desktop({ x: 100, y: 600 }));
    expect(placed.top + 120).toBeLessThanOrEqual(800 - 80 - EDGE_MARGIN);
  });

  it('caps a tooltip taller than the room it has, from the top of the room', () => {
    const placed = tooltipPlacement(desktop({ x: 100, y: 300 }, { width: 175, height: 800 }));
    expect(placed.maxHeight).toBe(700 - 2 * EDGE_MARGIN);
    expect(placed.top).toBe(EDGE_MARGIN);
  });

  it('always lies inside the visible frame, wherever the pointer is', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: 0, max: 880 }), y: fc.integer({ min: 0, max: 700 }) }),
        fc.record({ width: fc.integer({ min: 40, max: 400 }), height: fc.integer({ min: 20, max: 1200 }) }),
        fc.integer({ min: -400, max: 300 }),
        (point, size, top) => {
          const input = { ...desktop(point, size), frameInWindow: { left: 0, top } };
          const box = visibleBox(input.frame, input.frameInWindow, input.window);
          const placed = tooltipPlacement(input);
          const height = placed.maxHeight ?? size.height;
          expect(placed.top).toBeGreaterThanOrEqual(box.top + EDGE_MARGIN);
          expect(placed.top + height).toBeLessThanOrEqual(box.bottom - EDGE_MARGIN);
          expect(placed.left).toBeGreaterThanOrEqual(box.left + EDGE_MARGIN);
          expect(placed.left + size.width).toBeLessThanOrEqual(box.right - EDGE_MARGIN);
        },
      ),
    );
  });
});

describe('tooltipPlacement as a sheet (a tap on a phone)', () => {
  const phone = (size: { width: number; height: number }, top = 120): TooltipPlacementInput => ({
    point: { x: 200, y: 100 },
    size,
    frame: { width: 390, height: 520 },
    frameInWindow: { left: 0, top },
    window: { width: 390, height: 844 },
    sheet: true,
  });

  it('lies along the foot of the map, its full width less the margins', () => {
    const placed = tooltipPlacement(phone({ width: 175, height: 120 }));
    expect(placed).toEqual({ left: EDGE_MARGIN, top: 520 - EDGE_MARGIN - 120, width: 390 - 2 * EDGE_MARGIN, maxHeight: null });
  });

  it('takes at most its share of the visible map, so most of the map stays in sight', () => {
    const placed = tooltipPlacement(phone({ width: 175, height: 668 }));
    expect(placed.maxHeight).toBe(Math.floor(520 * SHEET_SHARE));
    expect(placed.top + placed.maxHeight!).toBe(520 - EDGE_MARGIN);
  });

  it('sits above the window’s bottom when the map runs below it, never over the panel below the map', () => {
    const placed = tooltipPlacement(phone({ width: 175, height: 100 }, 500));
    expect(placed.top + 100).toBe(844 - 500 - EDGE_MARGIN);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, placeLabels, type LabelCandidate } from '../../src/model/labelPlacement';

const candidate = (id: string, x: number, y: number, width = 60, height = 12): LabelCandidate => ({ id, text: id, x, y, width, height });
const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, on its middle line', () => {
    expect(placeLabels([candidate('a', 100, 100)])).toEqual([{ id: 'a', text: 'a', x: 100 + LABEL_GAP, y: 100, box: [105, 94, 165, 106] }]);
  });

  it('moves a label off another council’s marker and off an earlier label, and leaves out one with no free place', () => {
    // b's point is just right of a's: a's right-hand place would cover b's marker, so a goes left and b right.
    const placed = placeLabels([candidate('a', 100, 100), candidate('b', 110, 100), candidate('c', 105, 100, 200, 40)]);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    expect(placed[0]!.box).toEqual([35, 94, 95, 106]);
    expect(placed[1]!.box).toEqual([115, 94, 175, 106]);
  });

  it('keeps a label inside the frame: near the right edge it goes left, and with no place inside it is left out', () => {
    const frame = [0, 0, 200, 200] as const;
    // To the right it would end at 245, past the frame's edge: it goes left of its point.
    expect(placeLabels([candidate('a', 180, 100)], 40, frame)[0]!.box).toEqual([115, 94, 175, 106]);
    // A name wider than the frame fits nowhere inside it.
    expect(placeLabels([candidate('wide', 100, 100, 300)], 40, frame)).toEqual([]);
    // Without a frame, the right-hand place as before.
    expect(placeLabels([candidate('a', 180, 100)])[0]!.box).toEqual([185, 94, 245, 106]);
  });

  it('keeps the most important first and stops at the limit', () => {
    const many = Array.from({ length: 10 }, (_, i) => candidate(`c${i}`, i * 200, 0));
    expect(placeLabels(many, 3).map((p) => p.id)).toEqual(['c0', 'c1', 'c2']);
  });

  it('never places two labels over each other, nor a label over another council’s marker', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 10, max: 120 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), (points) => {
        const candidates = points.map((p, i) => candidate(`c${i}`, p.x, p.y, p.width));
        const placed = placeLabels(candidates);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
          for (const other of candidates) {
            if (other.id === placed[i]!.id) continue;
            expect(overlaps(placed[i]!.box, [other.x - 1, other.y - 1, other.x + 1, other.y + 1])).toBe(false);
          }
        }
      }),
    );
  });
});

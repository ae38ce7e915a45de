import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkHit } from '../../src/map/linkDrawables';
import { followPointer, hoverKey, type PointerHandlers } from '../../src/map/mapPointer';
import type { LinkGroup } from '../../src/model/linkGrouping';
import type { Link } from '../../src/model/links';
import type { GroupMark } from '../../src/model/membership';
import { lineTolerance } from '../../src/model/tapTarget';
import { sizedContainer } from '../helpers/canvas';

const link = { key: 'p:A:B', partnership: { id: 'p' } } as Link;
const group = { key: '1:1|2:2' } as LinkGroup;
const marks = [{ partnership: { id: 'g1' } }, { partnership: { id: 'g2' } }] as GroupMark[];

describe('hoverKey', () => {
  it('is the same for the same thing under the pointer, and different for different things', () => {
    expect(hoverKey({ kind: 'council', code: 'A' })).toBe(hoverKey({ kind: 'council', code: 'A' }));
    const kinds = [null, { kind: 'council', code: 'A' }, { kind: 'link', link }, { kind: 'group', group }, { kind: 'cluster', marks }] as const;
    expect(new Set(kinds.map(hoverKey)).size).toBe(5);
    // A cluster is known by its partnerships: the same ones, the same key; others, another.
    expect(hoverKey({ kind: 'cluster', marks: [...marks] })).toBe(hoverKey({ kind: 'cluster', marks }));
    expect(hoverKey({ kind: 'cluster', marks: marks.slice(1) })).not.toBe(hoverKey({ kind: 'cluster', marks }));
  });
});

describe('followPointer', () => {
  let map: L.Map;
  let linkHit: LinkHit | null;
  let tolerances: (number | undefined)[];
  let council: string | null;
  let handlers: { [K in keyof PointerHandlers]: ReturnType<typeof vi.fn> };
  let stop: () => void;
  const event = (x: number, y: number, pointerType = 'mouse') => ({ containerPoint: L.point(x, y), originalEvent: { pointerType } });

  beforeEach(() => {
    map = L.map(sizedContainer(), { center: [52, -1], zoom: 6 });
    linkHit = null;
    council = null;
    tolerances = [];
    handlers = { onHover: vi.fn(), onTooltip: vi.fn(), onSelectCouncil: vi.fn(), onSelectLink: vi.fn(), onChooseGroup: vi.fn(), onChooseCluster: vi.fn() };
    stop = followPointer(map, { links: { hitTest: (_point, tolerance) => (tolerances.push(tolerance), linkHit) }, boundaries: { hitTest: () => council } }, () => handlers as unknown as PointerHandlers);
  });
  afterEach(() => {
    stop();
    map.remove();
  });

  it('hovers a link before the council under it, and tells of a change only once', () => {
    council = 'A';
    map.fire('mousemove', event(10, 20));
    linkHit = { kind: 'link', link };
    map.fire('mousemove', event(11, 20));
    map.fire('mousemove', event(12, 20));
    expect(handlers.onHover.mock.calls).toEqual([[{ kind: 'council', code: 'A' }], [{ kind: 'link', link }]]);
    expect(handlers.onTooltip).toHaveBeenLastCalledWith({ target: { kind: 'link', link }, x: 12, y: 20 });
    expect(map.getContainer().classList.contains('over-link')).toBe(true);
  });

  it('clears the hover when the pointer leaves or the map moves', () => {
    council = 'A';
    map.fire('mousemove', event(10, 20));
    map.fire('movestart');
    expect(handlers.onHover).toHaveBeenLastCalledWith(null);
    expect(handlers.onTooltip).toHaveBeenLastCalledWith(null);
    expect(map.getContainer().classList.contains('over-link')).toBe(false);
  });

  it('opens a link, chooses a group or a cluster, selects a council, by what is under a click', () => {
    council = 'A';
    map.fire('click', event(1, 1));
    linkHit = { kind: 'cluster', marks };
    map.fire('click', event(1, 1));
    expect(handlers.onChooseCluster).toHaveBeenCalledWith(marks);
    expect(handlers.onSelectCouncil).toHaveBeenCalledTimes(1);
    linkHit = { kind: 'group', group };
    map.fire('click', event(1, 1));
    linkHit = { kind: 'link', link };
    map.fire('click', event(1, 1));
    expect(handlers.onSelectCouncil).toHaveBeenCalledWith('A');
    expect(handlers.onChooseGroup).toHaveBeenCalledWith(group);
    expect(handlers.onSelectLink).toHaveBeenCalledWith(link);
    // A mouse click does not hover; a touch does, as there is no hover before it.
    expect(handlers.onHover).not.toHaveBeenCalled();
    map.fire('click', event(1, 1, 'touch'));
    expect(handlers.onHover).toHaveBeenCalledWith({ kind: 'link', link });
  });

  it('asks for lines within a smaller tolerance when a tap lands on a council (model/tapTarget.ts)', () => {
    council = 'A';
    map.fire('click', event(1, 1, 'touch'));
    map.fire('click', event(1, 1, 'mouse'));
    council = null;
    map.fire('click', event(1, 1, 'touch'));
    expect(tolerances).toEqual([lineTolerance('touch', true), lineTolerance('mouse', true), lineTolerance('touch', false)]);
    expect(tolerances[0]).toBeLessThan(tolerances[1]!);
  });

  it('stops following once told', () => {
    stop();
    council = 'A';
    map.fire('mousemove', event(10, 20));
    expect(handlers.onHover).not.toHaveBeenCalled();
  });
});

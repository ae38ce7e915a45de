import type L from 'leaflet';
import type { LinkGroup } from '../model/linkGrouping';
import type { Link } from '../model/links';
import type { GroupMark } from '../model/membership';
import { lineTolerance, type PointerKind } from '../model/tapTarget';
import type { LinkHit } from './linkDrawables';

// The pointer over the map: a link if one is under it, else the council
// whose shape is. The canvases do not take pointer events themselves (so the
// map pans and zooms under them); each answers a hit test instead.

/** A council's shape, or what the link layer's hit test found: a link, a group of links, a cluster of marks. */
export type HoverTarget = { kind: 'council'; code: string } | LinkHit;

export type TooltipState = { target: HoverTarget; x: number; y: number } | null;

/** What the map's layers answer about a point of its container. */
export interface HitTesters {
  links: { hitTest(containerPoint: L.Point, tolerance?: number): LinkHit | null };
  boundaries: { hitTest(containerPoint: L.Point): string | null };
}

export interface PointerHandlers {
  /** Called when what is under the pointer changes. */
  onHover(target: HoverTarget | null): void;
  /** Called on every move, with where the tooltip goes. */
  onTooltip(state: TooltipState): void;
  onSelectCouncil(code: string): void;
  onSelectLink(link: Link): void;
  onChooseGroup(group: LinkGroup): void;
  onChooseCluster(marks: readonly GroupMark[]): void;
}

/** A key that is the same for the same thing under the pointer. */
export function hoverKey(target: HoverTarget | null): string {
  if (!target) return '';
  if (target.kind === 'council') return `c:${target.code}`;
  if (target.kind === 'cluster') return `k:${target.marks.map((m) => m.partnership.id).join()}`;
  return target.kind === 'link' ? `l:${target.link.key}` : `g:${target.group.key}`;
}

function isTouch(event: L.LeafletMouseEvent): boolean {
  const original = event.originalEvent as PointerEvent | undefined;
  return original?.pointerType === 'touch' || original?.pointerType === 'pen';
}

/**
 * Follow the pointer over the map: hover, tooltip and click. `handlers` is
 * asked each time, so the listeners (made once) call the latest. Returns a
 * function that stops following.
 */
export function followPointer(map: L.Map, layers: HitTesters, handlers: () => PointerHandlers): () => void {
  let hovered: HoverTarget | null = null;
  const setHover = (target: HoverTarget | null, point: L.Point | null) => {
    const same = hoverKey(target) === hoverKey(hovered);
    hovered = target;
    if (!same) handlers().onHover(target);
    handlers().onTooltip(target && point ? { target, x: point.x, y: point.y } : null);
    map.getContainer().classList.toggle('over-link', target != null);
  };
  // A line near the pointer wins over the council under it, by a margin that depends on the pointer (model/tapTarget.ts).
  const targetAt = (point: L.Point, pointer: PointerKind = 'mouse'): HoverTarget | null => {
    // A mouse's tolerance does not depend on the council, so a move asks for it only when no line answers.
    let code = pointer === 'touch' ? layers.boundaries.hitTest(point) : undefined;
    const hit = layers.links.hitTest(point, lineTolerance(pointer, code != null));
    if (hit) return hit;
    code ??= layers.boundaries.hitTest(point);
    return code ? { kind: 'council', code } : null;
  };
  function onMove(e: L.LeafletMouseEvent) {
    const target = targetAt(e.containerPoint);
    setHover(target, target ? e.containerPoint : null);
  }
  // A link opens its partnership; a group of links or a cluster of marks is chosen (to zoom in to it); a council opens.
  function onClick(e: L.LeafletMouseEvent) {
    const target = targetAt(e.containerPoint, isTouch(e) ? 'touch' : 'mouse');
    if (target?.kind === 'link') handlers().onSelectLink(target.link);
    else if (target?.kind === 'group') handlers().onChooseGroup(target.group);
    else if (target?.kind === 'cluster') handlers().onChooseCluster(target.marks);
    else if (target) handlers().onSelectCouncil(target.code);
    if (isTouch(e) && target) setHover(target, e.containerPoint);
  }
  function onOut() {
    setHover(null, null);
  }
  map.on('mousemove', onMove);
  map.on('click', onClick);
  map.on('mouseout', onOut);
  map.on('movestart', onOut);
  return () => {
    map.off('mousemove', onMove);
    map.off('click', onClick);
    map.off('mouseout', onOut);
    map.off('movestart', onOut);
  };
}

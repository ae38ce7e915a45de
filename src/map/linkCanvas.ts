import L from 'leaflet';
import { dashStyleAt } from '../model/dashStyle';
import { GROUPING, LinkGroupsByLevel, linksGrouped } from '../model/linkGrouping';
import { groupWidthScale, strokeWidths } from '../model/linkWidth';
import { linksByPartnership, type Link } from '../model/links';
import { partitionLinks, type GroupMark } from '../model/membership';
import { labelsPlan, visibleFrame } from './councilLabels';
import { FrameBatch, FrameBatchedCanvas } from './frameBatchedCanvas';
import { levelsOutward, runWhenIdle } from './idleWork';
import { canvasPixelRatio, type CanvasView, type ViewChange } from './leafletCanvas';
import { censusAsked, COMMON_NUMBER_SIZES, markCensus, markDrawable, markScaleAt, numberSize } from './groupMarks';
import { MarkClustersByZoom } from './markClustersByZoom';
import { MarkStamps } from './markStamps';
import { groupDrawable, largestStrokeShare, lineCorners, linesMeeting, linkDrawable, type Drawable, type LinkHit, type PixelPoint } from './linkDrawables';
import { buildHitGrid, nearestLine, type HitGrid } from './linkHitTest';
import { drawBase, drawOnTop, ENDPOINT_RADIUS } from './linkStrokes';
import { boxAround, OverlayCanvas, type OverlayPlan } from './overlayCanvas';
import { DIMMED_OPACITY } from './palette';

export type { LinkHit } from './linkDrawables';

// All links drawn on one canvas, by a layer made once and updated in place.
// Leaflet's own canvas renderer keeps one object per path and redraws them
// all on every change; with tens of thousands of links that is the cost we
// avoid. The layer draws what it is handed, as the model decides it:
// - the links that are not in focus (all of them) are drawn on this canvas
//   once per view; behind a focused council the whole canvas is faded with
//   CSS opacity, so a click does not draw it again; the few links on top
//   (the focused council's, the open and hovered ones) are drawn on an
//   OverlayCanvas over it, so a click or a hover redraws only those;
// - zoomed out, with more links than a map can show one by one, it draws
//   their groups (when and how: model/linkGrouping.ts; widths:
//   model/linkWidth.ts);
// - lines are stroked in batches of equal style (linkStrokes.ts); hit-tests
//   use a grid built when the pointer first needs it (linkHitTest.ts);
// - a partnership of five or more councils is one mark (groupMarks.ts;
//   those that would overlap, one cluster: markClustersByZoom.ts), its spokes
//   drawn on top only in focus or hovered; councils get dots and names
//   (councilLabels.ts, a canvas of its own) only in focus.

export interface LinkPaint {
  /** Partnership ids to show at full strength; null shows all so. */
  highlighted: ReadonlySet<string> | null;
  /** The open partnership. */
  selected: string | null;
  /** The partnership under the pointer, and the group of links (zoomed out, with grouping on). */
  hovered: string | null;
  hoveredGroup: string | null;
  /** Colour of each service area. */
  colour(serviceId: string): string;
  /** The focused council, whose name is placed first. */
  focusedCouncil?: string | null;
  /** A council's name in the page's language, for the labels of the councils in focus; without it, no labels. */
  councilName?(code: string): string;
}

export class LinkCanvas extends FrameBatchedCanvas {
  private links: readonly Link[] = [];
  /** The links drawn as lines on the base (groups' marks: clusters). */
  private lines: readonly Link[] = [];
  private marksById = new Map<string, GroupMark>();
  private clusters = new MarkClustersByZoom();
  /** The base's single marks, as copies of images drawn once per look (markStamps.ts). */
  private readonly markStamps = new MarkStamps();
  /** Each partnership's links, made when first needed (a focus or a hover), not on every change of links. */
  private byPartnership: Map<string, Link[]> | null = null;
  private dataVersion = 0;
  private cancelPrepare: () => void = () => {};
  private paint: LinkPaint = { highlighted: null, selected: null, hovered: null, hoveredGroup: null, colour: () => '#777777' };
  /** What the base bitmap holds: every link, or the groups; projected for the current view. */
  private base: Drawable[] = [];
  private grouped = false;
  private projectedFor = '';
  private pointCache = new Map<string, L.Point>();
  /** The lines on top of the base at the last draw, for hit-testing. */
  private overlay: Drawable[] = [];
  /** Hit-testing grids, built when the pointer first needs them: the base's per view, the overlay's per draw. */
  private baseGrid: { key: string; grid: HitGrid } | null = null;
  private overlayGrid: HitGrid | null = null;
  /** What the base drew at its last draw, culled to the canvas (for the census). */
  private visibleBase: readonly Drawable[] = [];
  /** The view and links this canvas was last drawn for. */
  private drawnBase = '';
  /** A move's or zoom's redraw waiting for the next frame (see viewChanged). */
  private readonly deferredUpdate = new FrameBatch(() => {
    if (this.currentMap) this.followView();
  });
  private readonly onTop = new OverlayCanvas(() => this.planOverlay(), { pane: 'links', className: 'link-canvas', padding: 0.3 });
  /** The names of the councils in focus, over the lines on top (not a link canvas: the pointer and the tests' link probes pass it by). */
  private readonly labels = new OverlayCanvas(() => this.planLabels(), { pane: 'links', className: 'label-canvas', padding: 0.3 });
  /** The links' groups by whole zoom level, on the grid of the map's projection. */
  private readonly groupsByLevel = new LinkGroupsByLevel(([lon, lat], level) => L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), level));
  /** Called after each draw, with whether any links were given yet. */
  onDrawn: ((linksGiven: boolean) => void) | null = null;

  constructor(options?: L.RendererOptions) {
    super({ padding: 0.3, ...options });
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    // The boundaries underneath take the pointer; this layer answers hitTest instead.
    this.canvasElement!.classList.add('link-canvas');
    // Added after this canvas, in the same pane: over it.
    this.onTop.addTo(map);
    this.labels.addTo(map);
    return this;
  }

  override onRemove(map: L.Map): this {
    this.deferredUpdate.cancel();
    this.cancelPrepare();
    this.clusters.cancel();
    this.onTop.remove();
    this.labels.remove();
    return super.onRemove(map);
  }

  setLinks(links: readonly Link[]): void {
    if (links === this.links) return;
    this.links = links;
    this.byPartnership = null;
    const { lines, marks } = partitionLinks(links);
    this.lines = lines;
    this.clusters.setMarks(marks);
    this.marksById = new Map(marks.map((mark) => [mark.partnership.id, mark]));
    this.groupsByLevel.setLinks(lines);
    this.dataVersion++;
    this.requestDraw();
  }

  setPaint(paint: LinkPaint): void {
    if (paint === this.paint) return;
    this.paint = paint;
    this.requestDraw();
  }

  /**
   * The first view's work before this canvas is added, each part a task of
   * its own (see useLayers in MapView.tsx): project what the base shows at
   * the map's view (the links or their groups, the marks and their
   * clusters), then make the digits its clusters' numbers use. Drawn
   * together on a phone's slowed CPU, the three took some 180 ms.
   */
  prepareFirstDrawSteps(map: L.Map): (() => void)[] {
    return [
      () => this.projectFor(map),
      () => {
        if (!this.markStamps.available()) return;
        const sizes = new Set(this.base.filter((d) => d.hit.kind === 'cluster').map((d) => numberSize(d.markRadius!)));
        this.markStamps.makeDigits(sizes, canvasPixelRatio());
      },
    ];
  }

  private linksOfPartnership(id: string): readonly Link[] {
    this.byPartnership ??= linksByPartnership(this.links);
    return this.byPartnership.get(id) ?? [];
  }

  /** The batched draw: this canvas is drawn again only if the view or the links changed; a focus only fades it (in the same frame as the overlay draws, so both show together); the overlay is drawn always. */
  protected drawFrame(): void {
    const view = this.view;
    if (!view) return;
    // A move's redraw waiting for its frame draws the base then; so does a zoom's end (during the animation
    // Leaflet reports the new zoom already, and a hover would draw the whole base for it in an animation frame).
    if (!this.deferredUpdate.pending && !this.zoomAnimating() && this.viewKey(view) !== this.drawnBase) this.redrawView();
    this.fadeBase();
    this.onTop.redraw();
    this.labels.redraw();
  }

  /** Fade the base behind a focus: a change of style, with nothing drawn again. */
  private fadeBase(): void {
    const opacity = this.paint.highlighted ? String(DIMMED_OPACITY) : '';
    const style = this.canvasElement!.style;
    if (style.opacity !== opacity) style.opacity = opacity;
  }

  /** What the lines' layer points depend on: the zoom and the pixel origin (which a pan leaves alone), and the links. */
  private projectionKey(map: L.Map): string {
    const origin = map.getPixelOrigin();
    return `${origin.x}|${origin.y}|${map.getZoom()}|${this.dataVersion}`;
  }

  /** What the base bitmap depends on: the projection and the canvas's place. */
  private viewKey({ bounds, map }: CanvasView): string {
    return `${bounds.min!.x}|${bounds.min!.y}|${bounds.max!.x}|${bounds.max!.y}|${this.projectionKey(map)}`;
  }

  /**
   * After a move or a zoom, Leaflet resizes, clears and redraws every canvas
   * in the task that ends the gesture, and Chromium rasterises all of them
   * before the next frame: with the shapes, more than a frame's time. This
   * canvas does its part in the frame after; until then it shows its last
   * drawing, placed and scaled for the new view as during the zoom (Leaflet
   * has already set its transform). A jump to another view (a reset) and
   * the first placement are done at once.
   */
  protected override viewChanged({ first, reset }: ViewChange): void {
    if (first || reset) this.followView();
    else this.deferredUpdate.request();
  }

  /** After Leaflet clears this canvas (a move, a resize, or drawFrame): the lines not on top. */
  protected drawView(view: CanvasView): void {
    this.projectFor(view.map);
    this.renderBase(view);
    this.fadeBase();
    this.drawnBase = this.viewKey(view);
  }

  /** Project the base for the map's view, unless it already is. */
  private projectFor(map: L.Map): void {
    const projection = this.projectionKey(map);
    if (projection !== this.projectedFor) this.projectBase(map, projection);
  }

  /**
   * The overlay: the focused council's links in full, then the open and
   * hovered ones, emphasised; and the box they fill. Drawing them also marks
   * the draw, for the tests and the benchmark.
   */
  private planOverlay(): OverlayPlan {
    const map = this.currentMap!;
    // The overlay may draw before this canvas after a move (each renderer follows the map on its own).
    this.projectFor(map);
    const { highlighted, hoveredGroup } = this.paint;
    const { strong, extra, marks } = this.onTopDrawables(map);
    const groupOnTop = hoveredGroup ? this.base.filter((d) => d.hit.kind === 'group' && d.hit.group.key === hoveredGroup) : [];
    const all = [...strong, ...extra, ...groupOnTop, ...marks.strong, ...marks.extra];
    // Half the widest line with its casing and emphasis, the endpoint dots, and a pixel for antialiasing.
    const margin = Math.max(0, ...all.map((d) => d.width)) / 2 + 4 + ENDPOINT_RADIUS + 1;
    return {
      extent: all.length ? boxAround(lineCorners(all), margin) : null,
      draw: (ctx) => {
        drawOnTop(ctx, { strong, extra, hoveredGroup: groupOnTop, marks, endpoints: highlighted != null }, this.paint.colour, dashStyleAt(map.getZoom()));
        this.overlay = [...strong, ...extra, ...marks.strong, ...marks.extra];
        this.overlayGrid = null;
        this.markDrawn();
      },
    };
  }

  /**
   * What is drawn on top: the links of the partnerships in focus (strong)
   * and of the open and hovered ones (extra, emphasised), and the marks of
   * those drawn as groups, on top of their spokes.
   */
  private onTopDrawables(map: L.Map): { strong: Drawable[]; extra: Drawable[]; marks: { strong: Drawable[]; extra: Drawable[] } } {
    const { highlighted, selected, hovered } = this.paint;
    const emphasised = new Set([selected, hovered].filter((id): id is string => id != null));
    const strong: Drawable[] = [];
    const extra: Drawable[] = [];
    const marks = { strong: [] as Drawable[], extra: [] as Drawable[] };
    for (const id of new Set([...(highlighted ?? []), ...emphasised])) {
      for (const link of this.linksOfPartnership(id)) (emphasised.has(id) ? extra : strong).push(this.project(link, map));
      const mark = this.marksById.get(id);
      if (mark) (emphasised.has(id) ? marks.extra : marks.strong).push(markDrawable(mark, (c, p) => this.pointOf(map, c, p), markScaleAt(map.getZoom())));
    }
    return { strong, extra, marks };
  }

  /** The labels' canvas: the names of the councils at the ends of the links in focus (a focus or an open partnership, not a hover). */
  private planLabels(): OverlayPlan {
    const map = this.currentMap!;
    const { highlighted, councilName, focusedCouncil } = this.paint;
    if (!highlighted || !councilName) return labelsPlan([], null, String);
    this.projectFor(map);
    const { strong, extra } = this.onTopDrawables(map);
    return labelsPlan([...strong, ...extra], focusedCouncil ?? null, councilName, visibleFrame(map));
  }

  /** A mark per draw, so tools can time a click or a filter to the frame that shows it; when asked (censusAsked), with the marks and clusters drawn and the largest partnership's share of the lines. */
  private markDrawn(): void {
    const drawn = this.base.length + this.overlay.length;
    const map = this.currentMap!;
    const census = censusAsked()
      ? { ...markCensus(this.base, (x, y) => map.layerPointToContainerPoint([x, y])), largestShare: largestStrokeShare(this.visibleBase, (width) => strokeWidths(width, false).casing) }
      : {};
    performance.clearMarks('links-drawn');
    performance.mark('links-drawn', { detail: { links: this.links.length, drawn, grouped: this.grouped, ...census } });
    this.onDrawn?.(this.dataVersion > 0);
  }

  /** A council's layer point for the current projection, projected once. */
  private pointOf(map: L.Map, code: string, [lon, lat]: readonly [number, number]): L.Point {
    let p = this.pointCache.get(code);
    if (!p) {
      p = map.latLngToLayerPoint([lat, lon]);
      this.pointCache.set(code, p);
    }
    return p;
  }

  private project(link: Link, map: L.Map): Drawable {
    return linkDrawable(link, (code, point) => this.pointOf(map, code, point));
  }

  /** Group for the other zoom levels drawn grouped while the browser is idle, nearest first, so a zoom (a wheel step may cross two) finds them ready. */
  private prepareNeighbours(level: number): void {
    this.cancelPrepare();
    const wanted = levelsOutward(level, 0, GROUPING.maxZoom - 1).filter((next) => !this.groupsByLevel.has(next));
    const version = this.dataVersion;
    this.cancelPrepare = runWhenIdle(
      wanted.map((next) => () => {
        if (version === this.dataVersion && this.currentMap) this.groupsByLevel.at(next);
      }),
    );
  }

  /** Project what the base shows for this view: the links, or their groups at this zoom. */
  private projectBase(map: L.Map, projection: string): void {
    const zoom = map.getZoom();
    this.pointCache = new Map();
    this.grouped = linksGrouped(this.lines.length, zoom);
    const marks = this.clusters.at(map);
    if (!this.grouped) {
      this.base = [...this.lines.map((link) => this.project(link, map)), ...marks];
    } else {
      const level = Math.floor(zoom);
      const { groups } = this.groupsByLevel.at(level);
      this.prepareNeighbours(level);
      const width = groupWidthScale(groups);
      const pointOf = ([lon, lat]: readonly [number, number]): PixelPoint => map.latLngToLayerPoint([lat, lon]);
      this.base = [...groups.map((group) => groupDrawable(group, width(group.count), pointOf)), ...marks];
    }
    this.projectedFor = projection;
  }

  /** Draw the base (all lines not on top), culling what lies outside the canvas. */
  private renderBase({ ctx, bounds, map }: CanvasView): void {
    const visible = linesMeeting(this.base, [bounds.min!.x, bounds.min!.y, bounds.max!.x, bounds.max!.y]);
    if (drawBase(ctx, visible, this.paint.colour, dashStyleAt(map.getZoom()), this.markStamps)) this.markStamps.prepareDigits(COMMON_NUMBER_SIZES);
    this.visibleBase = visible;
  }

  /** The line under a point of the map's container: the lines on top first, then the base, nearest first. */
  hitTest(containerPoint: L.Point, tolerance?: number): LinkHit | null {
    const map = this.currentMap;
    if (!map) return null;
    const point = map.containerPointToLayerPoint(containerPoint);
    this.overlayGrid ??= buildHitGrid(this.overlay);
    const onTop = nearestLine(this.overlayGrid, point, tolerance);
    // Behind a focused council the base is dimmed: only the lines on top answer the pointer.
    if (onTop || this.paint.highlighted) return onTop?.hit ?? null;
    if (this.baseGrid?.key !== this.projectedFor) this.baseGrid = { key: this.projectedFor, grid: buildHitGrid(this.base) };
    return nearestLine(this.baseGrid.grid, point, tolerance)?.hit ?? null;
  }
}

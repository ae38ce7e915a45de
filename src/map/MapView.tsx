import L from 'leaflet';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import type { AppData } from '../data/indexes';
import { keyFitsBeside } from '../model/keyPlacement';
import { markFirstViewDrawn } from './firstViewDrawn';
import { linksGrouped } from '../model/linkGrouping';
import type { Link } from '../model/links';
import { isGroupLink } from '../model/membership';
import type { Year } from '../shared/types';
import { basemapSettings } from './basemap';
import { BoundaryLayer, type BoundaryFills, type BoundaryPaint } from './boundaryLayer';
import { clusterBounds } from './groupMarks';
import { LinkCanvas, type LinkPaint } from './linkCanvas';
import { runInSteps } from './idleWork';
import { followPointer, type HoverTarget, type PointerHandlers, type TooltipState } from './mapPointer';

// The map: council shapes and partnership links, made once when the data
// arrives and updated in place as the view changes. React owns the state;
// the Leaflet objects live in refs and take changes through effects.

export const UK_BOUNDS = L.latLngBounds([49.85, -8.2], [60.86, 1.77]);

export type { HoverTarget } from './mapPointer';

/** A request to bring something into view; seq changes for each new request. */
export interface ViewRequest {
  bounds: (layers: BoundaryLayer) => L.LatLngBounds | null;
  seq: number;
}

export interface MapLabels {
  mapName: string;
  zoomIn: string;
  zoomOut: string;
  attribution: string;
  wheelHint: string;
  touchHint: string;
}

export interface MapViewProps {
  data: AppData;
  boundaryYear: Year;
  /** The links to draw; null while they are still being made (the map's first view draws the shapes first, see src/ui/hooks/useFirstViewSteps.ts). */
  links: readonly Link[] | null;
  linkPaint: LinkPaint;
  boundaryPaint: BoundaryPaint;
  /** The areas map: a colour for each council shape; absent or null, the plain land. */
  boundaryFills?: BoundaryFills;
  viewRequest: ViewRequest | null;
  reducedMotion: boolean;
  /** In an embed: the wheel zooms only once the map is clicked or focused; one finger scrolls the page. */
  cooperativeGestures: boolean;
  labels: MapLabels;
  describedBy: string;
  onSelectCouncil(code: string): void;
  onSelectLink(link: Link): void;
  onHover(target: HoverTarget | null): void;
  /** Whether the links are shown in groups (zoomed out, with very many of them). */
  onGrouping?(grouped: boolean): void;
  /** The zoom, after each zoom (the key draws the dashes of that zoom). */
  onZoom?(zoom: number): void;
  renderTooltip(target: HoverTarget): ReactNode;
}

export function MapView(props: MapViewProps) {
  const [tooltip, setTooltip] = useState<TooltipState>(null);
  return (
    <div className="map-frame">
      <MapContainer
        className="map"
        bounds={UK_BOUNDS}
        zoomSnap={0.25}
        zoomDelta={0.5}
        minZoom={4.5}
        maxZoom={12}
        maxBounds={UK_BOUNDS.pad(0.6)}
        zoomControl={false}
        attributionControl={false}
        // No animated zooms or fades for people who ask for less motion (read once, when the map is made).
        zoomAnimation={!props.reducedMotion}
        fadeAnimation={!props.reducedMotion}
        markerZoomAnimation={!props.reducedMotion}
      >
        <MapLayers {...props} onTooltip={setTooltip} />
      </MapContainer>
      {tooltip && (
        <div className="map-tooltip" role="tooltip" style={{ left: tooltip.x, top: tooltip.y }}>
          {props.renderTooltip(tooltip.target)}
        </div>
      )}
    </div>
  );
}

type LatestProps = { current: MapViewProps & { onTooltip(state: TooltipState): void } };

/** Mark the map ready (for tests and the benchmark) in the frame after the links are first drawn. */
function markReadyOnFirstLinks(linkCanvas: LinkCanvas): void {
  let ready = false;
  linkCanvas.onDrawn = (linksGiven) => {
    // The layer's very first draw, on being added, has no links yet.
    if (ready || !linksGiven) return;
    ready = true;
    // Boundaries and links are painted in the frame after their first draw.
    requestAnimationFrame(() => {
      performance.mark('map-ready');
      document.documentElement.dataset.mapReady = 'true';
      markFirstViewDrawn();
    });
  };
}

/**
 * The layers, made once when the map is, and the pointer over them; returns
 * their refs, and whether the boundaries are on the map yet. The first view's
 * work is split into steps, each a task of its own after a paint (see
 * runInSteps): the page's text paints first, then the shapes are prepared and
 * drawn, then the links; each step reads the latest props when it runs.
 */
function useLayers(map: L.Map, latest: LatestProps) {
  const boundaries = useRef<BoundaryLayer | null>(null);
  const links = useRef<LinkCanvas | null>(null);
  const [boundariesReady, setBoundariesReady] = useState(false);
  // The view request the map started at, if any (bringIntoView leaves it alone).
  const startedAt = useRef<number | null>(null);
  useEffect(
    function createLayers() {
      const basemap = basemapSettings();
      if (basemap) L.tileLayer(basemap.url, { attribution: basemap.attribution }).addTo(map);
      map.createPane('links').classList.add('links-pane');
      let boundaryLayer: BoundaryLayer | null = null;
      let linkCanvas: LinkCanvas | null = null;
      let stopFollowing = () => {};
      let yearSteps: (() => void)[] = [];
      let linkSteps: (() => void)[] = [];
      const cancelSteps = runInSteps([
        // The shapes' paths, projected once.
        () => (boundaryLayer = new BoundaryLayer(latest.current.data, basemap ? 0.25 : 1)),
        // The year's borders, in three steps (see BoundaryPaths.setYearSteps); year and paint before the first draw, so it is the right one.
        () => {
          yearSteps = boundaryLayer!.setYearSteps(latest.current.boundaryYear);
          yearSteps[0]?.();
        },
        () => yearSteps[1]?.(),
        () => yearSteps[2]?.(),
        // A view asked for by the address (a council, a partnership, an area) is where the map starts, with no flight
        // from the whole UK; then the land and borders at that view's level of detail, so the first draw only paints.
        () => {
          startedAt.current = startAt(map, boundaryLayer!, latest.current.viewRequest);
          boundaryLayer!.prepareDraw(map.getZoom());
        },
        // The shapes drawn: the map shows before the links are made.
        () => {
          // The latest year, paint and fills: what changed during the steps before went to no layer yet.
          boundaryLayer!.setYear(latest.current.boundaryYear);
          boundaryLayer!.setPaint(latest.current.boundaryPaint);
          boundaryLayer!.setFills(latest.current.boundaryFills ?? null);
          boundaryLayer!.addTo(map);
          boundaries.current = boundaryLayer;
          setBoundariesReady(true);
        },
        // The links: made, projected for the view and their clusters' digits made, each a task of its own (LinkCanvas.prepareFirstDrawSteps)…
        () => {
          linkCanvas = new LinkCanvas({ pane: 'links' });
          markReadyOnFirstLinks(linkCanvas);
          if (latest.current.links) linkCanvas.setLinks(latest.current.links);
          linkSteps = linkCanvas.prepareFirstDrawSteps(map);
          linkSteps[0]?.();
        },
        () => linkSteps[1]?.(),
        // …then drawn over the shapes; then the pointer, which needs both.
        () => {
          // The latest links: those that came during the steps before are projected by the draw itself.
          if (latest.current.links) linkCanvas!.setLinks(latest.current.links);
          linkCanvas!.setPaint(latest.current.linkPaint);
          linkCanvas!.addTo(map);
          links.current = linkCanvas;
          boundaryLayer!.setPaint(latest.current.boundaryPaint);
          stopFollowing = followPointer(map, { links: linkCanvas!, boundaries: boundaryLayer! }, () => pointerChoices(map, latest));
        },
      ]);
      // The zoom level on the container, for styles and for tests that check the map did (or did not) zoom.
      const onZoom = () => (map.getContainer().dataset.zoom = String(map.getZoom()));
      onZoom();
      map.on('zoomend', onZoom);
      return function removeLayers() {
        cancelSteps();
        map.off('zoomend', onZoom);
        stopFollowing();
        (boundaryLayer as BoundaryLayer | null)?.remove();
        (linkCanvas as LinkCanvas | null)?.remove();
        boundaries.current = null;
        links.current = null;
      };
    },
    [map, latest],
  );
  return { boundaries, links, boundariesReady, startedAt };
}

/** Tell the UI the zoom, and whether the links are drawn grouped (model/linkGrouping.ts decides, from their number and the zoom). */
function useGroupingReport(map: L.Map, linkCount: number, latest: LatestProps) {
  const reported = useRef(false);
  useEffect(
    function reportGrouping() {
      const report = () => {
        latest.current.onZoom?.(map.getZoom());
        const grouped = linksGrouped(linkCount, map.getZoom());
        if (grouped === reported.current) return;
        reported.current = grouped;
        latest.current.onGrouping?.(grouped);
      };
      report();
      map.on('zoomend', report);
      return () => {
        map.off('zoomend', report);
      };
    },
    [map, linkCount, latest],
  );
}

/** What the pointer's choices do: the view's handlers, and zooms into a group of links or a cluster of marks. */
function pointerChoices(map: L.Map, latest: LatestProps): PointerHandlers {
  return {
    ...latest.current,
    // A group of links zooms in to show them one by one.
    onChooseGroup: ({ pointA: a, pointB: b }) =>
      map.fitBounds(L.latLngBounds([a[1], a[0]], [b[1], b[0]]), { padding: L.point(60, 60), animate: !latest.current.reducedMotion }),
    // A cluster of marks zooms in to its partnerships (up to zoom 11, as bringIntoView); where nothing would zoom in, the tooltip stays.
    onChooseCluster: (marks) => {
      const bounds = clusterBounds(map, marks, L.point(60, 60), 11);
      if (bounds) map.fitBounds(bounds, { padding: L.point(60, 60), maxZoom: 11, animate: !latest.current.reducedMotion });
    },
  };
}

/** Fit the map to a view request at once (the first view's); returns its seq, or null when there is none to fit. */
function startAt(map: L.Map, layer: BoundaryLayer, request: ViewRequest | null): number | null {
  const bounds = request?.bounds(layer);
  if (!request || !bounds) return null;
  map.fitBounds(bounds, { ...fitOptions(map), animate: false });
  return request.seq;
}

/** How a selection is framed: clear of the key and the controls, up to zoom 11, where a London borough fills a phone's map (the Tri-borough at 9 was a speck). */
function fitOptions(map: L.Map): L.FitBoundsOptions {
  return { paddingTopLeft: L.point(Math.max(40, keyClearance(map)), 48), paddingBottomRight: L.point(40, 40), maxZoom: 11 };
}

/** How far from the map's left edge the open key reaches, where the UK fits beside it (model/keyPlacement.ts); 0 when it is closed or the map narrow. */
function keyClearance(map: L.Map): number {
  const legend = map.getContainer().parentElement?.parentElement?.querySelector<HTMLElement>('.legend:not(.closed)');
  return legend && keyFitsBeside(map.getSize().x) ? legend.offsetLeft + legend.offsetWidth + 12 : 0;
}

function MapLayers(props: MapViewProps & { onTooltip(state: TooltipState): void }) {
  const map = useMap();
  // Handlers change with every render; the Leaflet listeners, made once, read the latest.
  const latest = useRef(props);
  latest.current = props;
  const { boundaries, links, boundariesReady, startedAt } = useLayers(map, latest);
  // Groups' spokes are not on the base, so they do not count towards grouping.
  const lineCount = useMemo(() => (props.links ?? []).reduce((n, link) => (isGroupLink(link) ? n : n + 1), 0), [props.links]);
  useGroupingReport(map, lineCount, latest);

  const { boundaryYear, boundaryPaint, linkPaint, viewRequest, reducedMotion, labels, describedBy, cooperativeGestures: cooperative } = props;
  useEffect(
    function shareGestures() {
      if (!cooperative) return;
      // Only embeds need it: its code loads with the map (a few milliseconds before anyone can scroll over it), not on every first view.
      let stop = () => {};
      let cancelled = false;
      void import('../embed/cooperativeGestures').then(({ cooperativeGestures }) => {
        if (!cancelled) stop = cooperativeGestures(map, { wheel: labels.wheelHint, touch: labels.touchHint });
      });
      return () => {
        cancelled = true;
        stop();
      };
    },
    [map, cooperative, labels],
  );
  // Changes go to the layers made once, in place (the refs never change).
  useEffect(() => boundaries.current?.setYear(boundaryYear), [boundaries, boundaryYear]);
  useEffect(() => boundaries.current?.setPaint(boundaryPaint), [boundaries, boundaryPaint]);
  useEffect(() => boundaries.current?.setFills(props.boundaryFills ?? null), [boundaries, props.boundaryFills]);
  useEffect(() => void (props.links && links.current?.setLinks(props.links)), [links, props.links]);
  useEffect(() => links.current?.setPaint(linkPaint), [links, linkPaint]);

  useEffect(
    function fitFirstViewBesideKey() {
      // The UK as large as the frame allows, beside the open key rather than under it (the UK is tall: there is room at its side).
      const left = keyClearance(map);
      if (left > 0) map.fitBounds(UK_BOUNDS, { paddingTopLeft: L.point(left, 0), animate: false });
    },
    [map],
  );

  useEffect(
    function bringIntoView() {
      if (!viewRequest || !boundaries.current || viewRequest.seq === startedAt.current) return;
      const bounds = viewRequest.bounds(boundaries.current);
      if (!bounds) return;
      const options = fitOptions(map);
      if (reducedMotion) map.fitBounds(bounds, { ...options, animate: false });
      else map.flyToBounds(bounds, { ...options, duration: 0.6 });
    },
    // Only a new request moves the map (or one made before the boundaries were ready), not a change of motion preference.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [viewRequest, map, boundariesReady],
  );

  useEffect(
    function describeMap() {
      const container = map.getContainer();
      container.setAttribute('aria-label', labels.mapName);
      container.setAttribute('aria-describedby', describedBy);
      container.setAttribute('role', 'region');
      const zoom = L.control.zoom({ position: 'topright', zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut });
      const attribution = L.control.attribution({ position: 'bottomright', prefix: false }).addAttribution(labels.attribution);
      zoom.addTo(map);
      attribution.addTo(map);
      return () => {
        zoom.remove();
        attribution.remove();
      };
    },
    [map, labels, describedBy],
  );
  return null;
}

export type { BoundaryLayer };

import L from 'leaflet';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import type { AppData } from '../data/indexes';
import type { LinkGroup } from '../model/linkGrouping';
import type { Link } from '../model/links';
import type { Year } from '../shared/types';
import { cooperativeGestures } from '../embed/cooperativeGestures';
import { basemapSettings } from './basemap';
import { BoundaryLayer, type BoundaryPaint } from './boundaryLayer';
import { LinkCanvas, type LinkHit, type LinkPaint } from './linkCanvas';

// The map: council shapes and partnership links, made once when the data
// arrives and updated in place as the view changes. React owns the state;
// the Leaflet objects live in refs and take changes through effects.

export const UK_BOUNDS = L.latLngBounds([49.85, -8.2], [60.86, 1.77]);

export type HoverTarget = { kind: 'council'; code: string } | { kind: 'link'; link: Link } | { kind: 'group'; group: LinkGroup };

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
  links: readonly Link[];
  linkPaint: LinkPaint;
  boundaryPaint: BoundaryPaint;
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
  renderTooltip(target: HoverTarget): ReactNode;
}

export function MapView(props: MapViewProps) {
  const [tooltip, setTooltip] = useState<{ target: HoverTarget; x: number; y: number } | null>(null);
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

type TooltipState = { target: HoverTarget; x: number; y: number } | null;

function MapLayers(props: MapViewProps & { onTooltip(state: TooltipState): void }) {
  const map = useMap();
  const boundaries = useRef<BoundaryLayer | null>(null);
  const links = useRef<LinkCanvas | null>(null);
  // Handlers change with every render; the Leaflet listeners, made once, read the latest.
  const latest = useRef(props);
  latest.current = props;

  useEffect(function createLayers() {
    let hovered: HoverTarget | null = null;
    const setHover = (target: HoverTarget | null, point: L.Point | null) => {
      const same = hoverKey(target) === hoverKey(hovered);
      hovered = target;
      if (!same) latest.current.onHover(target);
      latest.current.onTooltip(target && point ? { target, x: point.x, y: point.y } : null);
      map.getContainer().classList.toggle('over-link', target != null);
    };

    const basemap = basemapSettings();
    if (basemap) L.tileLayer(basemap.url, { attribution: basemap.attribution }).addTo(map);
    const boundaryLayer = new BoundaryLayer(latest.current.data, basemap ? 0.25 : 1);
    boundaries.current = boundaryLayer;
    map.createPane('links').classList.add('links-pane');
    const linkCanvas = new LinkCanvas({ pane: 'links' });
    links.current = linkCanvas;
    let ready = false;
    let grouped = false;
    linkCanvas.onDrawn = (_count, nowGrouped, linksGiven) => {
      if (nowGrouped !== grouped) {
        grouped = nowGrouped;
        latest.current.onGrouping?.(grouped);
      }
      // Ready once the links have been drawn (the layer's very first draw, on being added, has none yet).
      if (ready || !linksGiven) return;
      ready = true;
      // Boundaries and links are painted in the frame after their first draw.
      requestAnimationFrame(() => {
        performance.mark('map-ready');
        document.documentElement.dataset.mapReady = 'true';
      });
    };
    // Year and paint first, so the first draw is the right one.
    boundaryLayer.setYear(latest.current.boundaryYear);
    boundaryLayer.setPaint(latest.current.boundaryPaint);
    boundaryLayer.addTo(map);
    linkCanvas.setLinks(latest.current.links);
    linkCanvas.setPaint(latest.current.linkPaint);
    linkCanvas.addTo(map);

    /** A link opens its partnership; a group of links zooms in to show them one by one. */
    function choose(hit: LinkHit) {
      if (hit.kind === 'link') latest.current.onSelectLink(hit.link);
      else {
        const [a, b] = [hit.group.pointA, hit.group.pointB];
        map.fitBounds(L.latLngBounds([a[1], a[0]], [b[1], b[0]]), { padding: L.point(60, 60), animate: !latest.current.reducedMotion });
      }
    }
    // The pointer over the map: a link if one is under it, else the council whose shape is.
    function onMove(e: L.LeafletMouseEvent) {
      const hit = linkCanvas.hitTest(e.containerPoint);
      const code = hit ? null : boundaryLayer.hitTest(e.containerPoint);
      if (hit) setHover(targetOf(hit), e.containerPoint);
      else if (code) setHover({ kind: 'council', code }, e.containerPoint);
      else setHover(null, null);
    }
    function onClick(e: L.LeafletMouseEvent) {
      const hit = linkCanvas.hitTest(e.containerPoint);
      const code = hit ? null : boundaryLayer.hitTest(e.containerPoint);
      if (hit) choose(hit);
      else if (code) latest.current.onSelectCouncil(code);
      if (isTouch(e) && (hit || code)) setHover(hit ? targetOf(hit) : { kind: 'council', code: code! }, e.containerPoint);
    }
    function onOut() {
      setHover(null, null);
    }
    // The zoom level on the container, for styles and for tests that check the map did (or did not) zoom.
    function onZoom() {
      map.getContainer().dataset.zoom = String(map.getZoom());
    }
    onZoom();
    map.on('zoomend', onZoom);
    map.on('mousemove', onMove);
    map.on('click', onClick);
    map.on('mouseout', onOut);
    map.on('movestart', onOut);
    return function removeLayers() {
      map.off('zoomend', onZoom);
      map.off('mousemove', onMove);
      map.off('click', onClick);
      map.off('mouseout', onOut);
      map.off('movestart', onOut);
      boundaryLayer.remove();
      linkCanvas.remove();
      boundaries.current = null;
      links.current = null;
    };
  }, [map]);

  const { boundaryYear, boundaryPaint, linkPaint, viewRequest, reducedMotion, labels, describedBy, cooperativeGestures: cooperative } = props;
  useEffect(
    function shareGestures() {
      if (!cooperative) return;
      return cooperativeGestures(map, { wheel: labels.wheelHint, touch: labels.touchHint });
    },
    [map, cooperative, labels],
  );
  useEffect(() => boundaries.current?.setYear(boundaryYear), [boundaryYear]);
  useEffect(() => boundaries.current?.setPaint(boundaryPaint), [boundaryPaint]);
  useEffect(() => links.current?.setLinks(props.links), [props.links]);
  useEffect(() => links.current?.setPaint(linkPaint), [linkPaint]);

  useEffect(
    function bringIntoView() {
      if (!viewRequest || !boundaries.current) return;
      const bounds = viewRequest.bounds(boundaries.current);
      if (!bounds) return;
      // Keep clear of the key, which sits over the map's left side on wide screens.
      const legend = map.getContainer().parentElement?.parentElement?.querySelector<HTMLElement>('.legend:not(.closed)');
      const left = legend && map.getSize().x > 700 ? legend.offsetWidth + 24 : 40;
      const options = { paddingTopLeft: L.point(left, 48), paddingBottomRight: L.point(40, 40), maxZoom: 9 };
      if (reducedMotion) map.fitBounds(bounds, { ...options, animate: false });
      else map.flyToBounds(bounds, { ...options, duration: 0.6 });
    },
    // Only a new request moves the map, not a change of motion preference.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [viewRequest, map],
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

function targetOf(hit: LinkHit): HoverTarget {
  return hit.kind === 'link' ? { kind: 'link', link: hit.link } : { kind: 'group', group: hit.group };
}

function hoverKey(target: HoverTarget | null): string {
  if (!target) return '';
  if (target.kind === 'council') return `c:${target.code}`;
  return target.kind === 'link' ? `l:${target.link.key}` : `g:${target.group.key}`;
}

function isTouch(event: L.LeafletMouseEvent): boolean {
  const original = event.originalEvent as PointerEvent;
  return original.pointerType === 'touch' || original.pointerType === 'pen';
}

export type { BoundaryLayer };

import L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { AppData } from '../data/indexes';
import { boundaryGeometries, shapeInYear, type BoundaryGeometry, type BoundaryProperties } from '../shared/boundaries';
import type { Year } from '../shared/types';

// Council shapes for one year at a time: lower-tier and unitary councils
// filled, the borders of counties and unitaries drawn over them. Every
// shape is made once; a change of year adds and removes only the shapes
// that differ, and a change of focus restyles only the shapes whose style
// changed.

export interface BoundaryPaint {
  /** Council codes whose area is focused (a district, or a county's districts). */
  focused: ReadonlySet<string>;
  /** Councils in the focused council's partnerships. */
  partners: ReadonlySet<string>;
  hovered: string | null;
}

export const BOUNDARY_COLOURS = {
  fill: '#f3f2ee',
  stroke: '#767f88',
  partnerFill: '#f9dc8c',
  focusFill: '#f0b429',
  focusStroke: '#1b1f24',
  hoverStroke: '#1b1f24',
  upperTier: '#5b6672',
} as const;

interface Shape {
  layer: L.Polygon;
  properties: BoundaryProperties;
  styleKey: string;
}

export interface BoundaryEvents {
  onHover(code: string | null, event: L.LeafletMouseEvent | null): void;
  onClick(code: string, event: L.LeafletMouseEvent): void;
}

export class BoundaryLayer {
  readonly group = L.featureGroup();
  private readonly shapes: Shape[] = [];
  private readonly upperTierBorders: L.Polyline;
  private readonly renderer: L.Canvas;
  private year: Year | null = null;
  private paint: BoundaryPaint = { focused: new Set(), partners: new Set(), hovered: null };

  constructor(
    private readonly data: Pick<AppData, 'topology' | 'councilByCode'>,
    events: BoundaryEvents,
    /** Over a basemap the fills are translucent, so the tiles show through. */
    private readonly fillOpacity = 1,
  ) {
    this.renderer = L.canvas({ padding: 0.3, tolerance: 0 });
    const topology = data.topology as Topology;
    for (const geometry of boundaryGeometries(topology, 'ltla')) {
      const f = feature(topology, geometry) as Feature<Polygon | MultiPolygon, BoundaryProperties>;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const latLngs = polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple)));
      const layer = L.polygon(latLngs, { renderer: this.renderer, ...this.styleFor('') });
      const code = geometry.properties.c;
      layer.on('mouseover', (e) => events.onHover(code, e as L.LeafletMouseEvent));
      layer.on('mouseout', () => events.onHover(null, null));
      layer.on('click', (e) => {
        L.DomEvent.stopPropagation(e);
        events.onClick(code, e as L.LeafletMouseEvent);
      });
      this.shapes.push({ layer, properties: geometry.properties, styleKey: '' });
    }
    this.upperTierBorders = L.polyline([], {
      renderer: this.renderer,
      color: BOUNDARY_COLOURS.upperTier,
      weight: 1.3,
      interactive: false,
    });
    this.upperTierBorders.addTo(this.group);
  }

  /** Show the shapes of a boundary year. */
  setYear(year: Year): void {
    if (year === this.year) return;
    this.year = year;
    for (const shape of this.shapes) {
      const visible = shapeInYear(shape.properties, year);
      const shown = this.group.hasLayer(shape.layer);
      if (visible && !shown) this.group.addLayer(shape.layer);
      else if (!visible && shown) this.group.removeLayer(shape.layer);
    }
    this.upperTierBorders.setLatLngs(this.upperTierLines(year));
    this.upperTierBorders.bringToFront();
  }

  /** Borders of counties and unitary councils: between upper-tier areas, not along the coast. */
  private upperTierLines(year: Year): L.LatLngExpression[][] {
    const topology = this.data.topology as Topology;
    const inYear = (g: BoundaryGeometry) => shapeInYear(g.properties, year);
    const counties = boundaryGeometries(topology, 'cty').filter(inYear);
    const unitaries = boundaryGeometries(topology, 'ltla').filter((g) => inYear(g) && this.data.councilByCode.get(g.properties.c)?.tier !== 'lower');
    const lines = mesh(topology, { type: 'GeometryCollection', geometries: [...counties, ...unitaries] }, (a, b) => a !== b);
    return lines.coordinates.map((line) => line.map(([lon, lat]) => [lat!, lon!] as L.LatLngTuple));
  }

  setPaint(paint: BoundaryPaint): void {
    this.paint = paint;
    for (const shape of this.shapes) {
      const code = shape.properties.c;
      const key = this.styleKey(code);
      if (key === shape.styleKey) continue;
      shape.styleKey = key;
      shape.layer.setStyle(this.styleFor(key));
      if (key.includes('h') || key.includes('f')) shape.layer.bringToFront();
    }
    this.upperTierBorders.bringToFront();
  }

  private styleKey(code: string): string {
    const { focused, partners, hovered } = this.paint;
    return `${focused.has(code) ? 'f' : ''}${partners.has(code) ? 'p' : ''}${hovered === code ? 'h' : ''}`;
  }

  private styleFor(key: string): L.PathOptions {
    const focused = key.includes('f');
    const partner = key.includes('p');
    const hovered = key.includes('h');
    return {
      fillColor: focused ? BOUNDARY_COLOURS.focusFill : partner ? BOUNDARY_COLOURS.partnerFill : BOUNDARY_COLOURS.fill,
      fillOpacity: focused || partner ? Math.max(0.6, this.fillOpacity) : this.fillOpacity,
      color: focused || hovered ? BOUNDARY_COLOURS.focusStroke : BOUNDARY_COLOURS.stroke,
      weight: focused || hovered ? 2 : 0.6,
    };
  }

  /** Bounds of the given shapes (a council's drawn area) in the current year, if any is drawn. */
  boundsOf(codes: readonly string[]): L.LatLngBounds | null {
    if (this.year == null) return null;
    const wanted = new Set(codes);
    let bounds: L.LatLngBounds | null = null;
    for (const shape of this.shapes) {
      if (!wanted.has(shape.properties.c) || !shapeInYear(shape.properties, this.year)) continue;
      const b = shape.layer.getBounds();
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }
    return bounds;
  }
}

import type { Topology } from 'topojson-specification';
import type { AppData } from '../data/indexes';
import { boundaryGeometries, shapeInYear, type BoundaryGeometry } from '../shared/boundaries';
import type { Year } from '../shared/types';

// Which council shapes of a boundary year belong to which tier. The map
// fills the shapes of the lower tier (districts) and of unitary councils;
// it draws the borders between upper-tier areas (counties, and unitary
// councils, which are their own upper tier) heavier, so a county shows as
// one area made of its districts.

export interface CouncilTiers {
  /** Shapes of the year's district and unitary councils: every shape the map fills. */
  filled: BoundaryGeometry[];
  /** Shapes of the year's upper-tier areas: its counties and its unitary councils. */
  upperTier: BoundaryGeometry[];
}

/** The year's shapes by tier. A shape whose council is not in the register counts as unitary: it has no county over it. */
export function councilTiersInYear(topology: Topology, year: Year, data: Pick<AppData, 'councilByCode'>): CouncilTiers {
  const inYear = (g: BoundaryGeometry) => shapeInYear(g.properties, year);
  const filled = boundaryGeometries(topology, 'ltla').filter(inYear);
  const counties = boundaryGeometries(topology, 'cty').filter(inYear);
  const unitaries = filled.filter((g) => data.councilByCode.get(g.properties.c)?.tier !== 'lower');
  return { filled, upperTier: [...counties, ...unitaries] };
}

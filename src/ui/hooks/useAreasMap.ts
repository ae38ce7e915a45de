import { useMemo, useState } from 'react';
import type { AppData } from '../../data/indexes';
import type { BoundaryFills } from '../../map/boundaryLayer';
import type { Choropleth } from '../../model/councilMetrics';
import { createAreaSelectors } from '../../model/selectors';
import type { ViewState } from '../../model/viewState';
import type { PartnershipSummary } from '../../shared/types';

export interface AreasMap {
  choropleth: Choropleth;
  /** Each council's value for the measure (councils in none are absent). */
  values: ReadonlyMap<string, number>;
  /** The colour of each shape, for the boundary layer. */
  fills: BoundaryFills;
}

/** The areas map for the view (null on the links map): the colours, their key and the values, from the memoised area selectors. */
export function useAreasMap(data: AppData, state: Pick<ViewState, 'layer' | 'measure' | 'year'>, shown: readonly PartnershipSummary[]): AreasMap | null {
  const [selectors] = useState(createAreaSelectors);
  const on = state.layer === 'areas';
  const choropleth = on ? selectors.choropleth(data, shown, state.year, state.measure) : null;
  const values = on ? selectors.values(data, shown, state.year, state.measure) : null;
  return useMemo(() => (choropleth && values ? { choropleth, values, fills: choropleth.colourOf } : null), [choropleth, values]);
}

import { useEffect, useMemo, useState } from 'react';
import type { AppData } from '../../data/indexes';
import type { BoundaryFills } from '../../map/boundaryLayer';
import type { Choropleth } from '../../model/councilMetrics';
import type { AreaSelectors } from '../../model/areaSelectors';
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
  const on = state.layer === 'areas';
  const selectors = useAreaSelectors(on);
  const choropleth = on && selectors ? selectors.choropleth(data, shown, state.year, state.measure) : null;
  const values = on && selectors ? selectors.values(data, shown, state.year, state.measure) : null;
  return useMemo(() => (choropleth && values ? { choropleth, values, fills: choropleth.colourOf } : null), [choropleth, values]);
}

let loaded: Promise<AreaSelectors> | null = null;
/** The areas selectors' module, loaded once, when the map first shows areas (the links map of the first view never needs it). */
export const loadAreaSelectors = () =>
  (loaded ??= import('../../model/areaSelectors')
    .then((m) => m.createAreaSelectors())
    .catch((error: unknown) => {
      // Offline at the first try: the next try fetches again.
      loaded = null;
      throw error;
    }));

/** The areas selectors once `wanted` and loaded; null before. */
function useAreaSelectors(wanted: boolean): AreaSelectors | null {
  const [selectors, setSelectors] = useState<AreaSelectors | null>(null);
  useEffect(() => {
    if (!wanted || selectors) return;
    let live = true;
    void loadAreaSelectors().then((s) => live && setSelectors(s));
    return () => {
      live = false;
    };
  }, [wanted, selectors]);
  return selectors;
}

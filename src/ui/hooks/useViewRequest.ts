import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import type { AppData } from '../../data/indexes';
import { UK_BOUNDS, type ViewRequest } from '../../map/MapView';
import { councilInArea } from '../../model/filters';
import { viewTargetOf } from '../../model/selectors';
import type { ViewState } from '../../model/viewState';
import type { SelectSource } from './useViewState';

/**
 * A request for the map to bring a selection made outside it (search, list,
 * table, address) into view: the partners of the open partnership, or the
 * focused council's area. A click on the map itself moves nothing.
 */
export function useViewRequest(data: AppData, state: ViewState, lastSource: SelectSource): ViewRequest | null {
  const [request, setRequest] = useState<ViewRequest | null>(null);
  const seq = useRef(0);
  const areaShown = useRef(state.area);
  useEffect(
    function requestViewOfArea() {
      // A region or nation chosen zooms to it; cleared, back to the UK (not on the first view, which shows the UK already).
      if (state.area == null && areaShown.current == null) return;
      areaShown.current = state.area;
      const area = state.area;
      const codes = area ? data.councils.filter((c) => councilInArea(c, area)).map((c) => c.code) : null;
      setRequest({ bounds: (layer) => (codes ? layer.boundsOf(codes) : UK_BOUNDS), seq: ++seq.current });
    },
    [data, state.area],
  );
  useEffect(
    function requestViewOfSelection() {
      if (lastSource === 'map') return;
      const target = viewTargetOf(data, state);
      if (target?.kind === 'points') {
        const corners = target.points.map(([lon, lat]) => [lat, lon] as [number, number]);
        setRequest({ bounds: () => L.latLngBounds(corners), seq: ++seq.current });
      } else if (target?.kind === 'area') {
        setRequest({ bounds: (layer) => layer.boundsOf(target.codes), seq: ++seq.current });
      }
    },
    // Only a change of selection moves the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.council, state.partnership],
  );
  return request;
}

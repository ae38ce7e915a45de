import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import type { AppData } from '../../data/indexes';
import type { ViewRequest } from '../../map/MapView';
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

import { useCallback, useMemo, useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { BoundaryPaint } from '../map/boundaryLayer';
import type { LinkPaint } from '../map/linkCanvas';
import { MapView, type HoverTarget, type MapLabels, type ViewRequest } from '../map/MapView';
import { tooltipFacts } from '../model/tooltipFacts';
import type { ViewState } from '../model/viewState';
import type { ExplorerActions } from './hooks/useExplorerActions';
import type { ExplorerModel } from './hooks/useExplorerModel';
import { Legend } from './Legend';
import { MapTooltip } from './MapTooltip';

export interface MapStageProps {
  data: AppData;
  state: ViewState;
  model: ExplorerModel;
  actions: Pick<ExplorerActions, 'onSelectCouncil' | 'onSelectLink' | 'toggleService'>;
  viewRequest: ViewRequest | null;
  reducedMotion: boolean;
}

/** The map with its description, year badge and key; what is under the pointer is its own business. */
export function MapStage({ data, state, model, actions, viewRequest, reducedMotion }: MapStageProps) {
  const tr = useI18n();
  // On a phone the key starts closed, so the map is not hidden under it.
  const [narrow] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 760px)').matches);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [grouped, setGrouped] = useState(false);
  const { linkHighlight, boundaryFocus, colour, boundaryYear, shown } = model;

  const linkPaint = useMemo<LinkPaint>(
    () => ({
      ...linkHighlight,
      hovered: hover?.kind === 'link' ? hover.link.partnership.id : null,
      hoveredGroup: hover?.kind === 'group' ? hover.group.key : null,
      colour,
    }),
    [linkHighlight, hover, colour],
  );
  const boundaryPaint = useMemo<BoundaryPaint>(() => ({ ...boundaryFocus, hovered: hover?.kind === 'council' ? hover.code : null }), [boundaryFocus, hover]);
  const labels = useMemo<MapLabels>(
    () => ({
      mapName: tr.t('map.name'),
      zoomIn: tr.t('map.zoomIn'),
      zoomOut: tr.t('map.zoomOut'),
      attribution: tr.t('map.attribution'),
      wheelHint: tr.t('gesture.wheel'),
      touchHint: tr.t('gesture.touch'),
    }),
    [tr],
  );
  const year = state.year;
  const renderTooltip = useCallback((target: HoverTarget) => <MapTooltip facts={tooltipFacts(target, data, shown, year)} data={data} />, [data, shown, year]);

  return (
    <>
      <MapView
        data={data}
        boundaryYear={boundaryYear}
        links={model.links}
        linkPaint={linkPaint}
        boundaryPaint={boundaryPaint}
        viewRequest={viewRequest}
        reducedMotion={reducedMotion}
        cooperativeGestures={state.embed != null}
        labels={labels}
        describedBy="map-description"
        onSelectCouncil={actions.onSelectCouncil}
        onSelectLink={actions.onSelectLink}
        onHover={setHover}
        onGrouping={setGrouped}
        renderTooltip={renderTooltip}
      />
      <p id="map-description" className="visually-hidden">
        {tr.t('map.description')}
      </p>
      <p className="year-badge" aria-hidden="true">
        {year == null ? tr.t('map.allYearsBadge', { year: boundaryYear }) : tr.t('map.yearBadge', { year })}
      </p>
      <Legend
        data={data}
        widthFor={model.widthScale}
        grouped={grouped}
        activeServices={state.services}
        onToggleService={actions.toggleService}
        collapsed={narrow || state.embed != null}
      />
    </>
  );
}

import { Suspense, useCallback, useMemo, useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { BoundaryPaint } from '../map/boundaryLayer';
import type { LinkPaint } from '../map/linkCanvas';
import { MapView, type HoverTarget, type MapLabels, type ViewRequest } from '../map/MapView';
import type { Link } from '../model/links';
import { groupTint, isGroupLink } from '../model/membership';
import type { ViewState } from '../model/viewState';
import type { ExplorerActions } from './hooks/useExplorerActions';
import type { ExplorerModel } from './hooks/useExplorerModel';
import { AreasLegend, AreaTooltipValue, MapTooltip } from './lazyViews';
import { useAreasMap } from './hooks/useAreasMap';
import { useFirstViewSteps } from './hooks/useFirstViewSteps';
import { LayerControl } from './LayerControl';
import { councilNameByCode } from './describe';
import { keyStartsOpen } from '../model/keyPlacement';
import { Legend } from './Legend';

export interface MapStageProps {
  data: AppData;
  state: ViewState;
  model: ExplorerModel;
  actions: Pick<ExplorerActions, 'onSelectCouncil' | 'onSelectLink' | 'toggleService' | 'setLayer' | 'setMeasure'>;
  viewRequest: ViewRequest | null;
  reducedMotion: boolean;
}

/** The areas map draws no links (its own empty list, so the link layer still reports its first draw). */
const NO_LINKS: readonly Link[] = [];

/** The map's labels in the page's language. */
function useMapLabels(): MapLabels {
  const tr = useI18n();
  return useMemo<MapLabels>(
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
}

/** What the link and boundary layers highlight: the model's focus, what is under the pointer, a group's members tinted. */
function useMapPaint(data: MapStageProps['data'], model: MapStageProps['model'], state: MapStageProps['state'], hover: HoverTarget | null, councilName: (code: string) => string) {
  const { linkHighlight, boundaryFocus, colour } = model;
  const year = state.year;
  const focusedCouncil = state.council;
  const linkPaint = useMemo<LinkPaint>(
    () => ({
      ...linkHighlight,
      hovered: hover?.kind === 'link' ? hover.link.partnership.id : null,
      hoveredGroup: hover?.kind === 'group' ? hover.group.key : null,
      colour,
      focusedCouncil,
      councilName,
    }),
    [linkHighlight, hover, colour, focusedCouncil, councilName],
  );
  // A partnership of many councils under the pointer, else the open one, fills its members' areas in its colour.
  const tinted = hover?.kind === 'link' && isGroupLink(hover.link) ? hover.link.partnership : model.selected;
  const tint = useMemo(() => groupTint(tinted, year, data, colour), [tinted, year, data, colour]);
  const boundaryPaint = useMemo<BoundaryPaint>(
    () => ({ ...boundaryFocus, hovered: hover?.kind === 'council' ? hover.code : null, tint }),
    [boundaryFocus, hover, tint],
  );
  return { linkPaint, boundaryPaint };
}

/** The map with its description, year badge and key; what is under the pointer is its own business. */
export function MapStage({ data, state, model, actions, viewRequest, reducedMotion }: MapStageProps) {
  const tr = useI18n();
  // Where the map's frame is too narrow for the UK beside the key, the key starts closed (model/keyPlacement.ts).
  const [keyClosed] = useState(() => state.embed != null || (typeof window !== 'undefined' && !keyStartsOpen(window.innerWidth)));
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [grouped, setGrouped] = useState(false);
  const [zoom, setZoom] = useState<number>();
  const step = useFirstViewSteps(model.links);
  const { boundaryYear, shown } = model;
  const areas = useAreasMap(data, state, shown);
  const { year, measure } = state;
  const councilName = useCallback((code: string) => councilNameByCode(code, data, tr, true), [data, tr]);
  const { linkPaint, boundaryPaint } = useMapPaint(data, model, state, hover, councilName);
  const labels = useMapLabels();
  const renderTooltip = useCallback(
    (target: HoverTarget) => (
      <>
        <Suspense fallback={null}>
          <MapTooltip target={target} data={data} shown={shown} year={year} />
        </Suspense>
        {areas && target.kind === 'council' && (
          <Suspense fallback={null}>
            <AreaTooltipValue value={areas.values.get(target.code) ?? 0} measure={measure} data={data} />
          </Suspense>
        )}
      </>
    ),
    [data, shown, year, areas, measure],
  );

  return (
    <>
      {step === 0 ? (
        <div className="map-frame" />
      ) : (
        <MapView
          data={data}
          boundaryYear={boundaryYear}
          links={state.layer === 'areas' ? NO_LINKS : step === 2 ? model.links() : null}
          linkPaint={linkPaint}
          boundaryPaint={boundaryPaint}
          boundaryFills={areas?.fills ?? null}
          viewRequest={viewRequest}
          reducedMotion={reducedMotion}
          cooperativeGestures={state.embed != null}
          labels={labels}
          describedBy="map-description"
          onSelectCouncil={actions.onSelectCouncil}
          onSelectLink={actions.onSelectLink}
          onHover={setHover}
          onGrouping={setGrouped}
          onZoom={setZoom}
          renderTooltip={renderTooltip}
        />
      )}
      <p id="map-description" className="visually-hidden">
        {tr.t('map.description')}
      </p>
      <p className="year-badge" aria-hidden="true">
        {year == null ? tr.t('map.allYearsBadge', { year: boundaryYear }) : tr.t('map.yearBadge', { year })}
      </p>
      <LayerControl data={data} layer={state.layer} measure={state.measure} onLayer={actions.setLayer} onMeasure={actions.setMeasure} />
      <MapKey data={data} state={state} model={model} actions={actions} areas={areas} grouped={grouped} zoom={zoom} collapsed={keyClosed} />
    </>
  );
}

/** The key of the map shown: the links' (service colours, widths) or the areas' (once its colours are worked out; their code loads with the first areas map). */
function MapKey({
  data,
  state,
  model,
  actions,
  areas,
  grouped,
  zoom,
  collapsed,
}: Pick<MapStageProps, 'data' | 'state' | 'model' | 'actions'> & { areas: ReturnType<typeof useAreasMap>; grouped: boolean; zoom: number | undefined; collapsed: boolean }) {
  if (state.layer === 'areas') {
    return areas ? (
      <Suspense fallback={null}>
        <AreasLegend data={data} choropleth={areas.choropleth} measure={state.measure} collapsed={collapsed} />
      </Suspense>
    ) : null;
  }
  return <Legend data={data} widthFor={model.widthScale} grouped={grouped} zoom={zoom} activeServices={state.services} onToggleService={actions.toggleService} collapsed={collapsed} />;
}

import L from 'leaflet';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { AppData } from '../data/indexes';
import { useI18n } from '../i18n/I18nContext';
import type { BoundaryPaint } from '../map/boundaryLayer';
import type { LinkPaint } from '../map/linkCanvas';
import { MapView, type HoverTarget, type MapLabels, type ViewRequest } from '../map/MapView';
import type { Action, FilterPatch } from '../model/actions';
import { countyOf, drawnArea, partnershipsOfCouncil } from '../model/areas';
import { filterPartnerships } from '../model/filters';
import { serviceColourScale } from '../model/colours';
import { buildLinks, drawnCouncils, linksOf, type Link } from '../model/links';
import { partnershipWidthScale } from '../model/linkWidth';
import { buildSearchIndex, type SearchResult } from '../model/search';
import { councilSummary, summarise } from '../model/stats';
import { hasFilters, LANGS, type Lang, type ViewState } from '../model/viewState';
import { loadCatalogue } from '../i18n/catalogues';
import { boundaryYearFor } from '../model/years';
import { appRoot } from '../data/appRoot';
import { viewUrl } from '../model/embedSnippet';
import { CouncilPanel } from './CouncilPanel';
import { councilName, councilNameByCode, partnershipEstimateText, serviceLabels } from './describe';
import { Filters } from './Filters';
import { useDetails } from './hooks/useDetails';
import { DataNotice } from './DataNotice';
import type { SelectSource } from './hooks/useViewState';
import { Legend } from './Legend';
import { PartnershipList } from './PartnershipList';
import { PartnershipPanel } from './PartnershipPanel';
import { AppFooter, AppHeader } from './AppFrame';
import { Summary } from './Summary';
import { whenIdle } from '../map/idleWork';

// Loaded when first opened, off the first view's path: the table (with its CSV writer) and the embed dialog.
const loadTableView = () => import('./TableView').then((m) => ({ default: m.TableView }));
const loadEmbedDialog = () => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog }));
const TableView = lazy(loadTableView);
const EmbedDialog = lazy(loadEmbedDialog);

/**
 * Once the first view is up, fetch what later steps load on demand (the
 * table, the embed dialog, the other language), so the map keeps working if
 * the connection drops.
 */
function usePrefetchForOffline(lang: Lang) {
  useEffect(
    () =>
      whenIdle(() => {
        void loadTableView().catch(() => {});
        void loadEmbedDialog().catch(() => {});
        for (const other of LANGS) if (other !== lang) void loadCatalogue(other).catch(() => {});
      }, 5000),
    // Once per page: the language at the start decides which catalogue is the other.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}

export interface ExplorerProps {
  data: AppData;
  state: ViewState;
  dispatch(action: Action, source?: SelectSource): void;
  lastSource: SelectSource;
}

function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(query).matches);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setReduced(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

export function Explorer({ data, state, dispatch, lastSource }: ExplorerProps) {
  const tr = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  // On a phone the key starts closed, so the map is not hidden under it.
  const [narrow] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 760px)').matches);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [grouped, setGrouped] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const closeEmbed = useCallback(() => setEmbedOpen(false), []);
  const wasEmbedOpen = useRef(false);
  useEffect(() => {
    // Back to the button that opened the dialog once it has closed (while open, the rest of the page is inert).
    if (wasEmbedOpen.current && !embedOpen) embedButton.current?.focus();
    wasEmbedOpen.current = embedOpen;
  }, [embedOpen]);
  const embed = state.embed;
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Derived data: one copy, shared by the map, the panels and the table.
  const boundaryYear = boundaryYearFor(state.year);
  const filters = useMemo(
    () => ({ services: state.services, savings: state.savings, status: state.status, area: state.area, year: state.year }),
    [state.services, state.savings, state.status, state.area, state.year],
  );
  const shown = useMemo(() => filterPartnerships(data, filters), [data, filters]);
  const undatedHidden = useMemo(
    () => (state.year == null ? 0 : filterPartnerships(data, { ...filters, year: null }).filter((p) => p.startYear == null).length),
    [data, filters, state.year],
  );
  // One width scale for all partnerships, so a width means the same whatever the filters.
  const widthScale = useMemo(() => partnershipWidthScale(data.partnerships), [data]);
  // Every partnership's links for the year, built once per year; the filters then only pick from them,
  // and a link keeps its bend whatever else is filtered out.
  const allLinks = useMemo(() => buildLinks(data.partnerships, state.year, data, widthScale), [data, state.year, widthScale]);
  const links = useMemo(() => (shown.length === data.partnerships.length ? allLinks : linksOf(allLinks, shown)), [allLinks, shown, data]);
  const councilPartnerships = useMemo(
    () => (state.council ? partnershipsOfCouncil(state.council, shown, state.year, data) : []),
    [state.council, shown, state.year, data],
  );
  const selected = state.partnership ? (data.partnershipById.get(state.partnership) ?? null) : null;
  // The panel follows the selection and the filters a moment after the map: React renders the
  // map's new highlighting first, and the panel (the summary over every partnership shown, and
  // a longer list to lay out) in the frames after.
  const panelCouncil = useDeferredValue(state.council);
  const panelPartnership = useDeferredValue(state.partnership);
  const panelShown = useDeferredValue(shown);
  const panelYear = useDeferredValue(state.year);
  const summary = useMemo(() => summarise(panelShown, data.services.map((s) => s.id), panelYear), [panelShown, data, panelYear]);
  const panelSelected = panelPartnership ? (data.partnershipById.get(panelPartnership) ?? null) : null;
  const panelCouncilPartnerships = useMemo(
    () => (panelCouncil ? partnershipsOfCouncil(panelCouncil, panelShown, panelYear, data) : []),
    [panelCouncil, panelShown, panelYear, data],
  );
  const details = useDetails(selected != null);
  usePrefetchForOffline(state.lang);
  const rejected = useMemo(() => (details.status === 'ready' && details.rejected.length ? [...data.rejected, ...details.rejected] : data.rejected), [data.rejected, details]);

  const colour = useMemo(() => serviceColourScale(data.services), [data]);
  const linkPaint = useMemo<LinkPaint>(() => {
    let highlighted: Set<string> | null = null;
    if (selected) highlighted = new Set([selected.id]);
    else if (state.council) highlighted = new Set(councilPartnerships.map((p) => p.id));
    return {
      highlighted,
      selected: selected?.id ?? null,
      hovered: hover?.kind === 'link' ? hover.link.partnership.id : null,
      hoveredGroup: hover?.kind === 'group' ? hover.group.key : null,
      colour,
    };
  }, [colour, selected, state.council, councilPartnerships, hover]);

  const boundaryPaint = useMemo<BoundaryPaint>(() => {
    const focused = new Set(state.council ? drawnArea(state.council, boundaryYear, data) : []);
    const partners = new Set<string>();
    const involved = selected ? [selected] : councilPartnerships;
    for (const p of involved) {
      for (const code of drawnCouncils(p, state.year, data)) for (const area of drawnArea(code, boundaryYear, data)) if (!focused.has(area)) partners.add(area);
    }
    return { focused, partners, hovered: hover?.kind === 'council' ? hover.code : null };
  }, [state.council, state.year, boundaryYear, data, selected, councilPartnerships, hover]);

  // Bring a selection made outside the map (search, list, table, URL) into view.
  const [viewRequest, setViewRequest] = useState<ViewRequest | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    if (lastSource === 'map') return;
    if (selected) {
      const points = drawnCouncils(selected, state.year, data).map((c) => data.councilByCode.get(c)?.point).filter(Boolean) as [number, number][];
      if (points.length) {
        setViewRequest({ bounds: () => L.latLngBounds(points.map(([lon, lat]) => [lat, lon])), seq: ++seq.current });
      }
    } else if (state.council) {
      const area = drawnArea(state.council, boundaryYear, data);
      setViewRequest({ bounds: (layer) => layer.boundsOf(area), seq: ++seq.current });
    }
    // Only a change of selection moves the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.council, state.partnership]);

  // Move focus to the new panel's heading when the selection changes from a panel or list,
  // so keyboard and screen-reader users land on what they opened.
  useEffect(() => {
    if (lastSource === 'list' || lastSource === 'panel' || lastSource === 'search' || lastSource === 'table') headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [panelCouncil, panelPartnership]);

  // The live region: what changed, in a sentence.
  useEffect(() => {
    if (selected) {
      setAnnouncement(tr.t('partnership.openLive', { name: selected.name }));
    } else if (state.council) {
      const s = councilSummary(councilPartnerships);
      const savings = s.count > s.unknown ? tr.t('council.savingsLive', { range: tr.moneyRange(s.low, s.high) }) : tr.t('council.savingsLiveNone');
      setAnnouncement(tr.t('council.summaryLive', { name: councilNameByCode(state.council, data, tr), count: s.count, savings }));
    } else {
      setAnnouncement(tr.t('live.filtered', { count: shown.length }));
    }
  }, [selected, state.council, councilPartnerships, shown.length, data, tr]);

  const select = useCallback(
    (target: { kind: 'council'; code: string } | { kind: 'partnership'; id: string } | { kind: 'none' }, source: SelectSource) =>
      dispatch({ type: 'select', target }, source),
    [dispatch],
  );
  // Stable, so the (memoised) lists do not render again on every change of focus.
  const openFromList = useCallback((id: string) => select({ kind: 'partnership', id }, 'list'), [select]);
  const setFilters = useCallback((patch: FilterPatch) => dispatch({ type: 'setFilters', patch }, 'panel'), [dispatch]);
  const toggleService = useCallback(
    (id: string) => {
      const on = !state.services.includes(id);
      const services = data.services.map((s) => s.id).filter((s) => (s === id ? on : state.services.includes(s)));
      dispatch({ type: 'setFilters', patch: { services } }, 'legend');
    },
    [state.services, data, dispatch],
  );

  // Built when the search is first used, not on the way to the first view.
  const [searchUsed, setSearchUsed] = useState(false);
  const searchIndex = useMemo(
    () =>
      searchUsed &&
      buildSearchIndex(
        data,
        (code) => {
          const c = data.councilByCode.get(code)!;
          return [tr.t(`council.type.${c.type}`), c.lastYear != null ? `–${c.lastYear}` : ''].filter(Boolean).join(' ');
        },
        (id) => tr.list(data.partnershipById.get(id)!.councils.slice(0, 3).map((c) => councilNameByCode(c, data, tr, true))),
        tr.lang,
      ),
    [data, tr, searchUsed],
  );
  const onSearch = useCallback(
    (result: SearchResult) => select(result.kind === 'council' ? { kind: 'council', code: result.code } : { kind: 'partnership', id: result.id }, 'search'),
    [select],
  );

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

  const renderTooltip = useCallback(
    (target: HoverTarget) => {
      if (target.kind === 'group') {
        const g = target.group;
        return (
          <>
            <strong>{tr.t('tooltip.group', { count: g.count })}</strong>
            <span>{serviceLabels({ services: [...g.services] }, data, tr)}</span>
            {g.count > g.unknown && <span>{tr.t('money.perYear', { amount: tr.moneyRange(g.low, g.high) })}</span>}
            <span>{tr.t('tooltip.groupZoom')}</span>
          </>
        );
      }
      if (target.kind === 'link') {
        const p = target.link.partnership;
        return (
          <>
            <strong>{p.name}</strong>
            <span>{tr.list(drawnCouncils(p, state.year, data).map((c) => councilNameByCode(c, data, tr, true)))}</span>
            <span>{serviceLabels(p, data, tr)}</span>
            <span>{partnershipEstimateText(p, tr)}</span>
          </>
        );
      }
      const council = data.councilByCode.get(target.code);
      const county = countyOf(target.code, boundaryYear, data);
      const own = partnershipsOfCouncil(target.code, shown, state.year, data);
      const services = [...new Set(own.flatMap((p) => p.services))];
      const s = councilSummary(own);
      return (
        <>
          <strong>{councilName(council, tr)}</strong>
          {county && <span>{tr.t('tooltip.county', { county: councilNameByCode(county, data, tr) })}</span>}
          <span>{tr.t('tooltip.partnerships', { count: own.length })}</span>
          {services.length > 0 && <span>{serviceLabels({ services }, data, tr)}</span>}
          {s.count > s.unknown && <span>{tr.t('money.perYear', { amount: tr.moneyRange(s.low, s.high) })}</span>}
        </>
      );
    },
    [data, tr, state.year, boundaryYear, shown],
  );

  const onSelectLink = useCallback((link: Link) => select({ kind: 'partnership', id: link.partnership.id }, 'map'), [select]);
  const onSelectCouncil = useCallback((code: string) => select({ kind: 'council', code }, 'map'), [select]);
  const activeFilterCount = state.services.length + state.savings.length + state.status.length + (state.area ? 1 : 0) + (state.year != null ? 1 : 0);

  let panel;
  if (panelSelected) {
    panel = (
      <PartnershipPanel
        data={data}
        partnership={panelSelected}
        details={details}
        fromCouncil={panelCouncil}
        headingRef={headingRef}
        onSelectCouncil={(code) => select({ kind: 'council', code }, 'panel')}
        onBack={() => panelCouncil && select({ kind: 'council', code: panelCouncil }, 'panel')}
        onClose={() => select({ kind: 'none' }, 'panel')}
      />
    );
  } else if (panelCouncil) {
    panel = (
      <CouncilPanel
        data={data}
        code={panelCouncil}
        partnerships={panelCouncilPartnerships}
        county={countyOf(panelCouncil, boundaryYear, data)}
        districts={data.councilByCode.get(panelCouncil)?.type === 'county' ? drawnArea(panelCouncil, boundaryYear, data) : []}
        boundaryYear={boundaryYear}
        headingRef={headingRef}
        onSelectCouncil={(code) => select({ kind: 'council', code }, 'panel')}
        onOpenPartnership={openFromList}
        onClose={() => select({ kind: 'none' }, 'panel')}
      />
    );
  } else {
    panel = (
      <>
        <Summary data={data} summary={summary} activeServices={state.services} onToggleService={toggleService} />
        <section className="panel-section" aria-labelledby="list-title">
          <h2 id="list-title">{tr.t('list.title')}</h2>
          <PartnershipList data={data} partnerships={panelShown} onOpen={openFromList} />
        </section>
      </>
    );
  }

  const subjectName = state.council ? councilNameByCode(state.council, data, tr) : selected ? selected.name : null;
  const filtersBlock = (
    <>
      <div className="filters-bar">
        <button type="button" className="button secondary" aria-expanded={filtersOpen} aria-controls="filters" onClick={() => setFiltersOpen(!filtersOpen)}>
          {tr.t('filters.open')} ({tr.t('filters.active', { count: activeFilterCount })})
        </button>
        {hasFilters(state) && (
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'clearFilters' }, 'panel')}>
            {tr.t('filters.clear')}
          </button>
        )}
      </div>
      <div id="filters" hidden={!filtersOpen}>
        <Filters data={data} state={state} undatedHidden={undatedHidden} onChange={setFilters} onClear={() => dispatch({ type: 'clearFilters' }, 'panel')} />
      </div>
    </>
  );
  const mapStage = (
    <>
      <MapView
        data={data}
        boundaryYear={boundaryYear}
        links={links}
        linkPaint={linkPaint}
        boundaryPaint={boundaryPaint}
        viewRequest={viewRequest}
        reducedMotion={reducedMotion}
        cooperativeGestures={embed != null}
        labels={labels}
        describedBy="map-description"
        onSelectCouncil={onSelectCouncil}
        onSelectLink={onSelectLink}
        onHover={setHover}
        onGrouping={setGrouped}
        renderTooltip={renderTooltip}
      />
      <p id="map-description" className="visually-hidden">
        {tr.t('map.description')}
      </p>
      <p className="year-badge" aria-hidden="true">
        {state.year == null ? tr.t('map.allYearsBadge', { year: boundaryYear }) : tr.t('map.yearBadge', { year: state.year })}
      </p>
      <Legend data={data} widthFor={widthScale} grouped={grouped} activeServices={state.services} onToggleService={toggleService} collapsed={narrow || embed != null} />
    </>
  );
  const panelAside = (
    <aside id="panel" className="panel" tabIndex={-1} aria-label={tr.t('list.title')}>
      <DataNotice rejected={rejected} />
      {filtersBlock}
      {panel}
    </aside>
  );
  const liveRegion = (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );

  if (embed) {
    // The embed: the same app with fewer controls, sized for a host's page.
    const showPanel = embed.list || selected != null || state.council != null || rejected.length > 0;
    return (
      <div className={`app embed${embed.height ? ' fixed-height' : ''}`}>
        <header className="embed-header">
          <p className="embed-title">
            <strong>{tr.t('app.title')}</strong>
            {subjectName && <span>: {subjectName}</span>}
          </p>
          <a href={viewUrl(appRoot(), { ...state, embed: null })} target="_blank" rel="noopener">
            {tr.t('embed.openFull')}
            <span className="visually-hidden"> {tr.t('embed.newWindow')}</span>
          </a>
        </header>
        <main className="app-main embed-main">
          <div className="stage">{mapStage}</div>
          {showPanel && panelAside}
        </main>
        {liveRegion}
      </div>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {tr.t('app.skipToPanel')}
      </a>
      <AppHeader
        view={state.view}
        lang={state.lang}
        actions={{
          searchIndex: searchIndex || null,
          onSearchFirstUse: () => setSearchUsed(true),
          onSearch,
          onView: (view) => dispatch({ type: 'setView', view }, 'panel'),
          onLang: (lang) => dispatch({ type: 'setLang', lang }, 'panel'),
          onEmbed: () => setEmbedOpen(true),
          embedButtonRef: embedButton,
        }}
      />
      <main className={`app-main view-${state.view}`}>
        <div className="stage">
          {state.view === 'table' ? (
            <Suspense fallback={<p className="hint">{tr.t('app.loading')}</p>}>
            <TableView
              data={data}
              partnerships={shown}
              sort={state.sort}
              selected={state.partnership}
              onSort={(sort) => dispatch({ type: 'setSort', sort }, 'table')}
              onOpen={(id) => select({ kind: 'partnership', id }, 'table')}
            />
            </Suspense>
          ) : (
            mapStage
          )}
        </div>
        {panelAside}
      </main>
      {liveRegion}
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog open={embedOpen} appRoot={appRoot()} state={state} subject={subjectName} onClose={closeEmbed} />
        </Suspense>
      )}
      <AppFooter />
    </div>
  );
}

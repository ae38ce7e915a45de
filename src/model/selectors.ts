import type { AppData } from '../data/indexes';
import type { RejectedRecord } from '../data/checkRecords';
import type { PartnershipSummary, Year } from '../shared/types';
import { drawnArea, partnershipsOfCouncil } from './areas';
import { serviceColourScale } from './colours';
import { filterPartnerships, type FilterState } from './filters';
import { buildLinks, drawnCouncils, linksOf, type Link, type LonLat } from './links';
import { partnershipWidthScale } from './linkWidth';
import { memoizeLast } from './memoizeLast';
import { summarise, type Summary } from './stats';
import type { ViewState } from './viewState';
import { boundaryYearFor } from './years';

// The explorer's derived data: one copy, shared by the map, the panels and
// the table, worked out from (data, view state) by memoised selectors, as
// flowmap.gl's data package does. Each selector returns the very same object
// while its inputs are the same, so React skips what did not change.

/** Which links stand out: those of the open partnership, or of the focused council's; null when none is chosen. */
export interface LinkHighlight {
  highlighted: ReadonlySet<string> | null;
  selected: string | null;
}

/** Which council shapes stand out: the focused council's area, and the areas of its (or the open partnership's) partners. */
export interface BoundaryFocus {
  focused: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

/** What to bring into view for a selection: the partners' points, or a council's area. */
export type ViewTarget = { kind: 'points'; points: LonLat[] } | { kind: 'area'; codes: string[] } | null;

type Data = AppData;

const partnershipsOfFocus = (data: Data, council: string | null, visible: readonly PartnershipSummary[], year: Year | null) =>
  council ? partnershipsOfCouncil(council, visible, year, data) : [];
const partnershipById = (data: Data, id: string | null) => (id ? (data.partnershipById.get(id) ?? null) : null);

/** Selectors over (data, view state) for the map and what follows it at once; each call makes its own memory. */
export function createExplorerSelectors() {
  const filtersOf = memoizeLast(
    (
      services: ViewState['services'],
      savings: ViewState['savings'],
      status: ViewState['status'],
      figures: ViewState['figures'],
      area: ViewState['area'],
      year: ViewState['year'],
    ): FilterState => ({ services, savings, status, figures, area, year }),
  );
  const filters = (state: ViewState) => filtersOf(state.services, state.savings, state.status, state.figures, state.area, state.year);
  const shownFor = memoizeLast((data: Data, f: FilterState) => filterPartnerships(data, f));
  const shown = (data: Data, state: ViewState) => shownFor(data, filters(state));
  const undatedFor = memoizeLast((data: Data, f: FilterState) =>
    f.year == null ? 0 : filterPartnerships(data, { ...f, year: null }).filter((p) => p.startYear == null).length,
  );
  // One width scale for all partnerships, so a width means the same whatever the filters.
  const widthScale = memoizeLast((data: Data) => partnershipWidthScale(data.partnerships));
  // Every partnership's links for the year, built once per year; the filters then only pick from them,
  // and a link keeps its bend whatever else is filtered out.
  const allLinks = memoizeLast((data: Data, year: Year | null) => buildLinks(data.partnerships, year, data, widthScale(data)));
  const linksFor = memoizeLast((data: Data, all: readonly Link[], visible: readonly PartnershipSummary[]) =>
    visible.length === data.partnerships.length ? all : linksOf(all, visible),
  );
  const councilFor = memoizeLast(partnershipsOfFocus);
  const councilPartnerships = (data: Data, state: ViewState) => councilFor(data, state.council, shown(data, state), state.year);
  const selected = (data: Data, state: ViewState) => partnershipById(data, state.partnership);
  const highlightFor = memoizeLast((open: PartnershipSummary | null, council: string | null, ofCouncil: readonly PartnershipSummary[]): LinkHighlight => {
    let highlighted: Set<string> | null = null;
    if (open) highlighted = new Set([open.id]);
    else if (council) highlighted = new Set(ofCouncil.map((p) => p.id));
    return { highlighted, selected: open?.id ?? null };
  });
  const focusFor = memoizeLast(
    (data: Data, council: string | null, year: Year | null, open: PartnershipSummary | null, ofCouncil: readonly PartnershipSummary[]): BoundaryFocus => {
      const boundaryYear = boundaryYearFor(year);
      const focused = new Set(council ? drawnArea(council, boundaryYear, data) : []);
      const partners = new Set<string>();
      for (const p of open ? [open] : ofCouncil) {
        for (const code of drawnCouncils(p, year, data)) for (const area of drawnArea(code, boundaryYear, data)) if (!focused.has(area)) partners.add(area);
      }
      return { focused, partners };
    },
  );
  return {
    shown,
    undatedHidden: (data: Data, state: ViewState) => undatedFor(data, filters(state)),
    widthScale,
    links: (data: Data, state: ViewState) => linksFor(data, allLinks(data, state.year), shown(data, state)),
    councilPartnerships,
    selected,
    linkHighlight: (data: Data, state: ViewState) => highlightFor(selected(data, state), state.council, councilPartnerships(data, state)),
    boundaryFocus: (data: Data, state: ViewState) => focusFor(data, state.council, state.year, selected(data, state), councilPartnerships(data, state)),
    colour: memoizeLast((data: Data) => serviceColourScale(data.services)),
  };
}

export type ExplorerSelectors = ReturnType<typeof createExplorerSelectors>;

/**
 * What the panel shows, a moment after the map: the selection, the
 * partnerships shown and the year as they were deferred (see useExplorerModel).
 */
export interface PanelView {
  council: string | null;
  partnership: string | null;
  shown: readonly PartnershipSummary[];
  year: Year | null;
}

/** Selectors for the panel's (deferred) view, with their own memory so they never evict the map's. */
export function createPanelSelectors() {
  const summaryFor = memoizeLast((data: Data, visible: readonly PartnershipSummary[], year: Year | null): Summary =>
    summarise(visible, data.services.map((s) => s.id), year),
  );
  const councilFor = memoizeLast(partnershipsOfFocus);
  return {
    summary: (data: Data, view: PanelView) => summaryFor(data, view.shown, view.year),
    councilPartnerships: (data: Data, view: PanelView) => councilFor(data, view.council, view.shown, view.year),
    selected: (data: Data, view: PanelView) => partnershipById(data, view.partnership),
    /** The records the checks left out: those of the first view's data and, once loaded, of the partnerships' text. */
    rejected: memoizeLast((data: Data, fromDetails: readonly RejectedRecord[] | null): readonly RejectedRecord[] =>
      fromDetails?.length ? [...data.rejected, ...fromDetails] : data.rejected,
    ),
  };
}

export type PanelSelectors = ReturnType<typeof createPanelSelectors>;

/** How many filters are on: each chosen service, band, status and kind of figure, the area and the year (what hasFilters says yes to). */
export function activeFilterCount(state: Pick<ViewState, 'services' | 'savings' | 'status' | 'area' | 'year'> & Partial<Pick<ViewState, 'figures'>>): number {
  return state.services.length + state.savings.length + state.status.length + (state.figures?.length ?? 0) + (state.area ? 1 : 0) + (state.year != null ? 1 : 0);
}

/** What a selection made outside the map (search, list, table, address) should bring into view. */
export function viewTargetOf(
  data: Pick<AppData, 'councilByCode' | 'councils' | 'partnershipById' | 'partnerships' | 'partnershipsByCouncil'>,
  state: Pick<ViewState, 'council' | 'partnership' | 'year'>,
): ViewTarget {
  const open = state.partnership ? data.partnershipById.get(state.partnership) : undefined;
  if (open) {
    const points = drawnCouncils(open, state.year, data)
      .map((c) => data.councilByCode.get(c)?.point)
      .filter((p): p is [number, number] => p != null);
    return points.length ? { kind: 'points', points } : null;
  }
  if (!state.council) return null;
  // The council with its partners (issue 18: frame what is picked).
  const boundaryYear = boundaryYearFor(state.year);
  const codes = new Set(drawnArea(state.council, boundaryYear, data));
  for (const p of partnershipsOfCouncil(state.council, data.partnerships, state.year, data))
    for (const member of drawnCouncils(p, state.year, data)) for (const area of drawnArea(member, boundaryYear, data)) codes.add(area);
  return { kind: 'area', codes: [...codes] };
}

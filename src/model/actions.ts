import type { PartnershipSummary } from '../shared/types';
import type { AreaMeasure, Lang, MapLayer, TableSort, ViewMode, ViewState } from './viewState';
import { DEFAULT_STATE, MAX_COMPARE } from './viewState';

// Every change to the view goes through reduceView. A click on the map, a
// search result, a table row and a URL all select through the same 'select'
// action, so they cannot drift apart.

export type Selection = { kind: 'council'; code: string } | { kind: 'partnership'; id: string } | { kind: 'none' };

export type FilterPatch = Partial<Pick<ViewState, 'services' | 'savings' | 'status' | 'figures' | 'area' | 'year'>>;

export type Action =
  | { type: 'select'; target: Selection }
  | { type: 'setFilters'; patch: FilterPatch }
  | { type: 'clearFilters' }
  | { type: 'setView'; view: ViewMode }
  | { type: 'setSort'; sort: TableSort | null }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setLayer'; layer: MapLayer }
  | { type: 'setMeasure'; measure: AreaMeasure }
  /** Add a council to the comparison, or take it out if it is in. */
  | { type: 'toggleCompare'; code: string }
  | { type: 'clearCompare' }
  | { type: 'replace'; state: ViewState };

export interface ReduceContext {
  partnershipById: ReadonlyMap<string, PartnershipSummary>;
}

export function reduceView(state: ViewState, action: Action, context: ReduceContext): ViewState {
  switch (action.type) {
    case 'select':
      return select(state, action.target, context);
    case 'setFilters':
      return { ...state, ...action.patch };
    case 'clearFilters':
      return { ...state, services: [], savings: [], status: [], figures: [], area: null, year: null };
    case 'setView':
      return { ...state, view: action.view };
    case 'setSort':
      return { ...state, sort: action.sort && (action.sort.column !== 'name' || action.sort.descending) ? action.sort : null };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setLayer':
      return { ...state, layer: action.layer };
    case 'setMeasure':
      return { ...state, measure: action.measure };
    case 'toggleCompare':
      return { ...state, compare: toggled(state.compare, action.code) };
    case 'clearCompare':
      return { ...state, compare: [] };
    case 'replace':
      return action.state;
  }
}

function toggled(compare: readonly string[], code: string): string[] {
  if (compare.includes(code)) return compare.filter((c) => c !== code);
  return compare.length < MAX_COMPARE ? [...compare, code] : [...compare];
}

function select(state: ViewState, target: Selection, context: ReduceContext): ViewState {
  switch (target.kind) {
    case 'council':
      return { ...state, council: target.code, partnership: null };
    case 'partnership': {
      const partnership = context.partnershipById.get(target.id);
      if (!partnership) return state;
      // Keep the focused council when it is a partner, so "back" returns to its list.
      const council = state.council && partnership.councils.includes(state.council) ? state.council : null;
      return { ...state, partnership: target.id, council };
    }
    case 'none':
      return { ...state, council: null, partnership: null };
  }
}

export { DEFAULT_STATE };

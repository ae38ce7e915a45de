import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '../shared/types';

// The one view state of the app, and the one typed pair of functions that
// read it from and write it to the URL's query string. Whatever a person can
// set lives here, so a link reproduces the view.

export type ViewMode = 'map' | 'table';
export type TableColumn = 'name' | 'councils' | 'services' | 'start' | 'end' | 'status' | 'savings';
export const TABLE_COLUMNS: readonly TableColumn[] = ['name', 'councils', 'services', 'start', 'end', 'status', 'savings'];

/** The table's order: a column, ascending or descending. */
export interface TableSort {
  column: TableColumn;
  descending: boolean;
}
export type Lang = 'en' | 'cy';
/** What the map draws: partnerships as links between councils, or councils coloured by a measure (the areas map). */
export type MapLayer = 'links' | 'areas';
/** What colours the areas map: how many partnerships a council is in, its share of their yearly savings, or how many of one service area. */
export type AreaMeasure = { kind: 'count' } | { kind: 'savings' } | { kind: 'service'; service: string };
/** Savings as reported achieved, or as a target or projection. */
export type FigureKind = 'reported' | 'target';
export const FIGURE_KINDS: readonly FigureKind[] = ['reported', 'target'];
export type SavingsBand = 'unknown' | 'under-250k' | '250k-1m' | '1m-5m' | '5m-plus';

export const SAVINGS_BANDS: readonly SavingsBand[] = ['under-250k', '250k-1m', '1m-5m', '5m-plus', 'unknown'];
export const STATUSES: readonly PartnershipStatus[] = PARTNERSHIP_STATUSES;
export const LANGS: readonly Lang[] = ['en', 'cy'];

/** Options of the embedded view (`?embed=1`), set by the host page's URL. */
export interface EmbedOptions {
  /** Show the list of partnerships beside or below the map. */
  list: boolean;
  /** Height in CSS pixels the host asks for; null lets the content decide. */
  height: number | null;
  /** The host's brand colour for buttons and focus, as #rrggbb. */
  accent: string | null;
}

export interface ViewState {
  /** The focused council's code. */
  council: string | null;
  /** The open partnership's id. */
  partnership: string | null;
  /** Service-area filter; empty means all. */
  services: string[];
  savings: SavingsBand[];
  status: PartnershipStatus[];
  /** A nation or region, as a slug ("wales", "south-east"); null means the whole UK. */
  area: string | null;
  /** The year shown; null means every year on the latest boundaries. */
  year: number | null;
  view: ViewMode;
  /** The table's order; null is by name, A to Z. */
  sort: TableSort | null;
  lang: Lang;
  embed: EmbedOptions | null;
  /** Links or areas. */
  layer: MapLayer;
  /** What colours the areas map. */
  measure: AreaMeasure;
  /** Councils picked to compare, in the order picked (two or more make a comparison). */
  compare: string[];
  /** Savings filter: only reported figures, or only targets; empty means both (and those with none). */
  figures: FigureKind[];
}

export const DEFAULT_STATE: ViewState = {
  council: null,
  partnership: null,
  services: [],
  savings: [],
  status: [],
  area: null,
  year: null,
  view: 'map',
  sort: null,
  lang: 'en',
  embed: null,
  layer: 'links',
  measure: { kind: 'count' },
  compare: [],
  figures: [],
};

/** The most councils a comparison holds: beyond four, side-by-side columns stop being readable. */
export const MAX_COMPARE = 4;

/** What the data allows, so that unknown values in a URL are ignored. */
export interface ViewStateContext {
  councils: { has(code: string): boolean };
  partnerships: { has(id: string): boolean };
  serviceIds: readonly string[];
  areaSlugs: readonly string[];
  firstYear: number;
  lastYear: number;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const HEX_COLOUR = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 4000;

/** A colour given by a host page: #rgb or #rrggbb (the # may be left out); anything else is ignored. */
export function parseAccent(value: string | null): string | null {
  if (!value) return null;
  const match = HEX_COLOUR.exec(value.trim());
  if (!match) return null;
  let hex = match[1]!.toLowerCase();
  if (hex.length === 3) hex = hex.replace(/./g, (d) => d + d);
  return `#${hex}`;
}

function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(',').map((v) => v.trim()));
  // In the taxonomy's order, so equal filters give equal URLs.
  return allowed.filter((v) => wanted.has(v));
}

function parseYear(value: string | null, context: ViewStateContext): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= context.firstYear && year <= context.lastYear ? year : null;
}

function parseSort(value: string | null): TableSort | null {
  if (!value) return null;
  const descending = value.startsWith('-');
  const column = (descending ? value.slice(1) : value) as TableColumn;
  if (!TABLE_COLUMNS.includes(column)) return null;
  if (column === 'name' && !descending) return null; // the default order
  return { column, descending };
}

function parseFlag(value: string | null): boolean | null {
  if (value === null) return null;
  if (['1', 'true', 'yes', ''].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  return null;
}

function parseMeasure(value: string | null, context: ViewStateContext): AreaMeasure {
  if (value === 'savings') return { kind: 'savings' };
  if (value && context.serviceIds.includes(value)) return { kind: 'service', service: value };
  return { kind: 'count' };
}

function parseCompare(value: string | null, context: ViewStateContext): string[] {
  if (!value) return [];
  const codes: string[] = [];
  for (const raw of value.split(',')) {
    const code = raw.trim().toUpperCase();
    if (context.councils.has(code) && !codes.includes(code) && codes.length < MAX_COMPARE) codes.push(code);
  }
  return codes;
}

/** The measure as written in the address: "count", "savings" or a service area's id. */
export function measureParam(measure: AreaMeasure): string {
  return measure.kind === 'service' ? measure.service : measure.kind;
}

/** Read the view from a query string; whatever is unknown or malformed is ignored. */
export function parseViewState(query: string, context: ViewStateContext): ViewState {
  const params = new URLSearchParams(query);
  const get = (key: string) => params.get(key);
  const council = get('council')?.trim().toUpperCase() ?? null;
  const partnership = get('partnership')?.trim() ?? null;
  const view = get('view');
  const lang = get('lang');
  const area = get('area');
  const state: ViewState = {
    council: council && context.councils.has(council) ? council : null,
    partnership: partnership && context.partnerships.has(partnership) ? partnership : null,
    services: parseList(get('services'), context.serviceIds),
    savings: parseList(get('savings'), SAVINGS_BANDS),
    status: parseList(get('status'), STATUSES),
    area: area && context.areaSlugs.includes(area) ? area : null,
    year: parseYear(get('year'), context),
    view: view === 'table' ? 'table' : 'map',
    sort: parseSort(get('sort')),
    lang: lang && (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en',
    embed: null,
    layer: get('show') === 'areas' ? 'areas' : 'links',
    measure: parseMeasure(get('colour'), context),
    compare: parseCompare(get('compare'), context),
    figures: parseList(get('figures'), FIGURE_KINDS),
  };
  state.embed = parseEmbedOptions(params);
  return state;
}

/** The embed's options from a query string, or null when it does not ask for the embed. Needs no data, so the loading screen can use it. */
export function parseEmbedOptions(params: URLSearchParams): EmbedOptions | null {
  if (parseFlag(params.get('embed')) !== true) return null;
  const height = Number(params.get('height'));
  return {
    list: parseFlag(params.get('list')) ?? false,
    height: Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : null,
    accent: parseAccent(params.get('accent')),
  };
}

/** Write the view as a query string (without "?"), leaving out what is at its default. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.council) params.set('council', state.council);
  if (state.partnership) params.set('partnership', state.partnership);
  if (state.services.length) params.set('services', state.services.join(','));
  if (state.savings.length) params.set('savings', state.savings.join(','));
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.area) params.set('area', state.area);
  if (state.year != null) params.set('year', String(state.year));
  if (state.view !== 'map') params.set('view', state.view);
  if (state.sort) params.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.column}`);
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.layer !== 'links') params.set('show', state.layer);
  if (state.measure.kind !== 'count') params.set('colour', measureParam(state.measure));
  if (state.compare.length) params.set('compare', state.compare.join(','));
  if (state.figures.length) params.set('figures', state.figures.join(','));
  if (state.embed) {
    params.set('embed', '1');
    if (state.embed.list) params.set('list', '1');
    if (state.embed.height != null) params.set('height', String(state.embed.height));
    if (state.embed.accent) params.set('accent', state.embed.accent.slice(1));
  }
  // Commas and the accent's digits read better unescaped.
  return params.toString().replace(/%2C/g, ',');
}

/** Whether any filter narrows what is shown. */
export function hasFilters(state: ViewState): boolean {
  return state.services.length > 0 || state.savings.length > 0 || state.status.length > 0 || state.figures.length > 0 || state.area != null || state.year != null;
}

import type { AppData } from '../data/indexes';
import type { PartnershipStatus } from '../shared/types';
import type { AreaMeasure, FigureKind, SavingsBand, ViewState } from './viewState';
import { slugify } from './viewState';
import { boundaryYearFor } from './years';

// What a picture of the view must say to be read away from the app (in a
// committee report): what it is about, every filter that narrows it, the
// year and how many partnerships it shows. Said as parts, not words, so the
// picture's text is written in the page's language by the UI.

export type CaptionPart =
  | { kind: 'partnership'; id: string; name: string }
  | { kind: 'council'; code: string }
  | { kind: 'compare'; codes: readonly string[] }
  | { kind: 'services'; ids: readonly string[] }
  | { kind: 'status'; values: readonly PartnershipStatus[] }
  | { kind: 'savings'; bands: readonly SavingsBand[] }
  | { kind: 'figures'; kinds: readonly FigureKind[] }
  /** A nation or region, as its catalogue key ("nation.wales", "region.south-east"). */
  | { kind: 'area'; key: string }
  | { kind: 'year'; year: number }
  | { kind: 'allYears'; boundaryYear: number }
  | { kind: 'areasMap'; measure: AreaMeasure }
  | { kind: 'shown'; count: number };

export interface ViewCaption {
  /** What the view is about; null for everything the filters let through. */
  subject: CaptionPart | null;
  /** The filters, the year and the count, in reading order. */
  details: CaptionPart[];
}

/** The catalogue key of a nation's or region's slug; null when the data has no such area. */
export function areaKey(slug: string, areas: AppData['areas']): string | null {
  for (const { nation, regions } of areas) {
    if (slugify(nation) === slug) return `nation.${slug}`;
    if (regions.some((r) => slugify(r) === slug)) return `region.${slug}`;
  }
  return null;
}

function subjectOf(state: ViewState, data: Pick<AppData, 'partnershipById' | 'councilByCode'>): CaptionPart | null {
  const open = state.partnership ? data.partnershipById.get(state.partnership) : undefined;
  if (open) return { kind: 'partnership', id: open.id, name: open.name };
  if (state.compare.length >= 2) return { kind: 'compare', codes: state.compare };
  if (state.council && data.councilByCode.has(state.council)) return { kind: 'council', code: state.council };
  return null;
}

/** The caption of a view that shows `shownCount` partnerships. */
export function viewCaption(state: ViewState, data: Pick<AppData, 'partnershipById' | 'councilByCode' | 'areas'>, shownCount: number): ViewCaption {
  const details: CaptionPart[] = [];
  if (state.layer === 'areas') details.push({ kind: 'areasMap', measure: state.measure });
  if (state.services.length) details.push({ kind: 'services', ids: state.services });
  const key = state.area ? areaKey(state.area, data.areas) : null;
  if (key) details.push({ kind: 'area', key });
  if (state.status.length) details.push({ kind: 'status', values: state.status });
  if (state.savings.length) details.push({ kind: 'savings', bands: state.savings });
  if (state.figures.length) details.push({ kind: 'figures', kinds: state.figures });
  details.push(state.year == null ? { kind: 'allYears', boundaryYear: boundaryYearFor(null) } : { kind: 'year', year: state.year });
  details.push({ kind: 'shown', count: shownCount });
  return { subject: subjectOf(state, data), details };
}

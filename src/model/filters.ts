import type { AppData } from '../data/indexes';
import type { Council, PartnershipSummary } from '../shared/types';
import { savingsBandOf } from './savingsBands';
import type { ViewState } from './viewState';
import { slugify } from './viewState';
import { activeInYear, membersInYear } from './years';

// Which partnerships the filters let through. The focused council does not
// filter: it highlights (the map dims the rest).

export type FilterState = Pick<ViewState, 'services' | 'savings' | 'status' | 'area' | 'year'> & Partial<Pick<ViewState, 'figures'>>;

export function councilInArea(council: Council, area: string): boolean {
  return slugify(council.nation) === area || slugify(council.region) === area;
}

export function filterPartnerships(data: Pick<AppData, 'partnerships' | 'councilByCode'>, filters: FilterState): PartnershipSummary[] {
  const services = new Set(filters.services);
  const bands = new Set(filters.savings);
  const statuses = new Set(filters.status);
  const figures = new Set(filters.figures ?? []);
  return data.partnerships.filter((p) => {
    // Only reported savings, or only targets: a partnership with no figure is neither.
    if (figures.size && !(p.figure && figures.has(p.figure))) return false;
    if (services.size && !p.services.some((s) => services.has(s))) return false;
    if (bands.size && !bands.has(savingsBandOf(p.estimate))) return false;
    if (statuses.size && !statuses.has(p.status)) return false;
    if (filters.year != null && !activeInYear(p, filters.year)) return false;
    if (filters.area) {
      const members = membersInYear(p, filters.year);
      if (!members.some((code) => {
        const council = data.councilByCode.get(code);
        return council != null && councilInArea(council, filters.area!);
      })) return false;
    }
    return true;
  });
}

/** Partnerships with no start year, which a single year's view cannot show. */
export function countUndated(partnerships: readonly PartnershipSummary[]): number {
  return partnerships.filter((p) => p.startYear == null).length;
}

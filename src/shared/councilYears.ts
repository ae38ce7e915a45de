import type { Council, Year, YearSpan } from './types';

// A boundary year Y stands for the areas as they were after the changes of
// 1 April Y, which is when reorganisations take effect and how the ONS
// boundaries count their years.

/** The first boundary year a council with this start date existed in. */
export function firstYearFromStartDate(isoDate: string): Year {
  const year = Number(isoDate.slice(0, 4));
  return isoDate.slice(5) <= '04-01' ? year : year + 1;
}

/** The last boundary year a council with this end date existed in. */
export function lastYearFromEndDate(isoDate: string): Year {
  // Alive on 1 April Y only if it ends after that day. The register gives
  // some ends as the last day (2019-03-31) and some as the successor's first
  // day (2023-04-01); both mean the council was gone by that April.
  const year = Number(isoDate.slice(0, 4));
  return isoDate.slice(5) > '04-01' ? year : year - 1;
}

export function spanContains(span: YearSpan, year: Year): boolean {
  return (span.from == null || span.from <= year) && (span.to == null || span.to >= year);
}

export function councilExistsIn(council: Pick<Council, 'firstYear' | 'lastYear'>, year: Year): boolean {
  return spanContains({ from: council.firstYear, to: council.lastYear }, year);
}

/** The council's county in a given year, for a district. */
export function countyIn(council: Council, year: Year): string | undefined {
  return council.counties?.find((link) => spanContains(link, year))?.county;
}

import type { Topology } from 'topojson-specification';
import type { BuildMeta, Council, PartnershipSummary, ServiceArea } from '../shared/types';
import { LAST_BOUNDARY_YEAR, NATIONS } from '../shared/types';
import type { RejectedRecord } from './checkRecords';

export interface RawData {
  topology: Topology;
  councils: Council[];
  services: ServiceArea[];
  partnerships: PartnershipSummary[];
  meta: BuildMeta;
  /** Records of the bundled files that failed their checks and were left out. */
  rejected: readonly RejectedRecord[];
}

/** The loaded data with the look-ups every part of the app shares, built once. */
export interface AppData extends RawData {
  councilByCode: ReadonlyMap<string, Council>;
  serviceById: ReadonlyMap<string, ServiceArea>;
  /** Position of each service in the taxonomy, for stable ordering and colour. */
  serviceOrder: ReadonlyMap<string, number>;
  partnershipById: ReadonlyMap<string, PartnershipSummary>;
  /** Each partnership's place in lists (largest yearly savings first, then by name), worked out once. */
  listRank: ReadonlyMap<string, number>;
  /** Partnerships each council is (or was) a member of, by council code. */
  partnershipsByCouncil: ReadonlyMap<string, readonly PartnershipSummary[]>;
  /** Nations and the regions in each, in a stable order, for the area filter. */
  areas: readonly { nation: string; regions: readonly string[] }[];
  /** The year control's range: the earliest start year to the latest boundary year. */
  firstYear: number;
  lastYear: number;
}

export function buildIndexes(raw: RawData): AppData {
  const councilByCode = new Map(raw.councils.map((c) => [c.code, c]));
  const serviceById = new Map(raw.services.map((s) => [s.id, s]));
  const serviceOrder = new Map(raw.services.map((s, i) => [s.id, i]));
  const partnershipById = new Map(raw.partnerships.map((p) => [p.id, p]));
  const partnershipsByCouncil = new Map<string, PartnershipSummary[]>();
  for (const p of raw.partnerships) {
    for (const code of p.councils) {
      const list = partnershipsByCouncil.get(code);
      if (list) list.push(p);
      else partnershipsByCouncil.set(code, [p]);
    }
  }
  const regionsByNation = new Map<string, Set<string>>();
  for (const c of raw.councils) {
    const set = regionsByNation.get(c.nation) ?? new Set<string>();
    if (c.region !== c.nation) set.add(c.region);
    regionsByNation.set(c.nation, set);
  }
  const areas = NATIONS.filter((n) => regionsByNation.has(n)).map((nation) => ({
    nation,
    regions: [...regionsByNation.get(nation)!].sort(),
  }));
  const mid = (p: PartnershipSummary) => (p.estimate ? (p.estimate.low + p.estimate.high) / 2 : -1);
  // One collator for every comparison: the same order as localeCompare, without its cost per call.
  const byName = new Intl.Collator().compare;
  const ranked = [...raw.partnerships].sort((a, b) => mid(b) - mid(a) || byName(a.name, b.name));
  const listRank = new Map(ranked.map((p, i) => [p.id, i]));
  const startYears = raw.partnerships.map((p) => p.startYear).filter((y): y is number => y != null);
  return {
    ...raw,
    councilByCode,
    serviceById,
    serviceOrder,
    partnershipById,
    partnershipsByCouncil,
    listRank,
    areas,
    firstYear: startYears.length ? Math.min(...startYears) : LAST_BOUNDARY_YEAR,
    lastYear: LAST_BOUNDARY_YEAR,
  };
}

import { median as d3Median } from 'd3-array';
import { councilExistsIn, countyIn } from '../../src/shared/councilYears';
import { estimateAnnualSavings } from '../../src/shared/savingsEstimate';
import type { Council, MembershipChange, Partnership, PartnershipStatus, SavingsRecord, Year } from '../../src/shared/types';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import { gaussian, mulberry32, pick, pickWeighted, seedFrom, type Random } from './seededRandom';

// Synthetic partnerships for the benchmark: many records in the bundled
// format, over the real councils, shaped like the real data so that the app
// does the same kind of work with 50,000 as with 172. Every record says it is
// synthetic (id, name, description, source address), and the files are
// written to a git-ignored folder, never to data/ or public/data/.
//
// What is sampled from the real partnerships: the number of partners (two to
// nine), the service areas, the savings (kind, scope, qualifier, years,
// amount, and the share with no figure), the start year, end year and status
// together, the share with a lead council and the share with membership
// changes. Where the partners are is modelled: mostly a council and its near
// neighbours, or districts with their county, with a long tail of distant
// partners (shared services between councils hundreds of miles apart exist,
// but are rare).

/** Great-circle distance in kilometres between two [longitude, latitude] points. */
export function distanceKm(p: readonly [number, number], q: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (q[1] - p[1]) * rad;
  const dLon = (q[0] - p[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[1] * rad) * Math.cos(q[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const MIN_PARTNERS = 2;
export const MAX_PARTNERS = 9;

/** The distributions taken from the real partnerships. */
export interface RealMix {
  /** Weight of each partner count, index 0 for MIN_PARTNERS. */
  partnerCountWeights: number[];
  serviceSets: string[][];
  /** One entry per real record: its savings, or null when it has no figure. */
  savings: (SavingsRecord | null)[];
  years: { startYear: Year | null; endYear: Year | null; status: PartnershipStatus }[];
  leadShare: number;
  membershipChangeShare: number;
}

export function realMix(real: readonly Partnership[]): RealMix {
  if (!real.length) throw new Error('no real partnerships to sample from');
  // Add-one smoothing, so every size from two to nine can occur; the larger
  // real ones (pension pools, national consortia) are left out of the sizes.
  const partnerCountWeights = Array.from({ length: MAX_PARTNERS - MIN_PARTNERS + 1 }, () => 1);
  for (const p of real) {
    const n = p.councils.length;
    if (n >= MIN_PARTNERS && n <= MAX_PARTNERS) partnerCountWeights[n - MIN_PARTNERS]!++;
  }
  return {
    partnerCountWeights,
    serviceSets: real.map((p) => [...p.services]).filter((s) => s.length > 0),
    savings: real.map((p) => p.savings),
    years: real.map((p) => ({ startYear: p.startYear, endYear: p.endYear, status: p.status })),
    leadShare: real.filter((p) => p.lead).length / real.length,
    membershipChangeShare: real.filter((p) => p.membershipChanges?.length).length / real.length,
  };
}

/** How the partners are placed, with the chance of each. */
export const GEOGRAPHY = {
  /** Districts with their county, or with other districts of the same county. */
  county: 0.4,
  /** Anywhere in the UK. */
  distant: 0.05,
  // The rest: the anchor council and its near neighbours.
} as const;

/** How many nearest councils a local partner is drawn from. */
const NEIGHBOURS = 10;

interface Place {
  council: Council;
  /** Nearest other eligible councils (not counties), nearest first. */
  nearest: Council[];
}

interface YearPool {
  year: Year;
  all: Council[];
  /** Lower-tier and unitary councils, where local partnerships are drawn from. */
  local: Council[];
  places: Map<string, Place>;
  /** Districts of each county in the year. */
  districtsByCounty: Map<string, Council[]>;
}

/** The councils a partnership starting in a year can have: drawn on the map and existing then. */
function yearPool(councils: readonly Council[], year: Year): YearPool {
  const all = councils.filter((c) => !c.noShape && councilExistsIn(c, year));
  const local = all.filter((c) => c.type !== 'county');
  const places = new Map<string, Place>();
  for (const council of all) {
    const nearest = local
      .filter((other) => other.code !== council.code)
      .map((other) => ({ other, d: distanceKm(council.point, other.point) }))
      .sort((x, y) => x.d - y.d || (x.other.code < y.other.code ? -1 : 1))
      .slice(0, NEIGHBOURS)
      .map(({ other }) => other);
    places.set(council.code, { council, nearest });
  }
  const districtsByCounty = new Map<string, Council[]>();
  for (const council of all) {
    const county = countyIn(council, year);
    if (!county) continue;
    const list = districtsByCounty.get(county) ?? [];
    list.push(council);
    districtsByCounty.set(county, list);
  }
  return { year, all, local, places, districtsByCounty };
}

/** Round to two significant figures, as quoted figures are. */
function roundFigure(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function formatPounds(value: number): string {
  if (value >= 1_000_000) return `£${Number((value / 1_000_000).toPrecision(3))}m`;
  if (value >= 1_000) return `£${Number((value / 1_000).toPrecision(3))}k`;
  return `£${value}`;
}

const KIND_WORDS: Record<SavingsRecord['kind'], (years?: number) => string> = {
  annual: () => 'a year',
  period: (years) => `over ${years} years`,
  cumulative: (years) => `to date over ${years} years`,
  unclear: () => 'with no period given',
};

/** A real savings record's shape with its amount varied a little and a quote that says it is synthetic. */
function syntheticSavings(random: Random, real: SavingsRecord): SavingsRecord {
  // A log-normal factor (about ×0.75 to ×1.35 for most) keeps the amounts'
  // spread while making each figure new.
  const factor = Math.exp(0.2 * gaussian(random));
  const a = roundFigure(real.low * factor);
  const b = roundFigure(real.high * factor);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const figure = low === high ? formatPounds(high) : `${formatPounds(low)} to ${formatPounds(high)}`;
  const savings: SavingsRecord = {
    quote: `Synthetic figure, not a real quote: ${figure} ${KIND_WORDS[real.kind](real.years)}`,
    source: 0,
    kind: real.kind,
    low,
    high,
  };
  if (real.years != null) savings.years = real.years;
  if (real.target != null) savings.target = real.target;
  if (real.scope != null) savings.scope = real.scope;
  if (real.qualifier != null) savings.qualifier = real.qualifier;
  return savings;
}

/** Partner `chosen.length` more councils near the anchor (or near a partner already chosen). */
function addLocal(random: Random, pool: YearPool, chosen: Council[], n: number): void {
  let attempts = 0;
  while (chosen.length < n && attempts++ < 50) {
    // Mostly around the first council; sometimes around another partner, so larger groups can stretch.
    const from = random() < 0.65 ? chosen[0]! : pick(random, chosen);
    const nearest = pool.places.get(from.code)?.nearest ?? [];
    const free = nearest.filter((c) => !chosen.includes(c));
    if (!free.length) continue;
    // Nearer neighbours are likelier: weight 1/(rank+1).
    chosen.push(free[pickWeighted(random, free.map((_, rank) => 1 / (rank + 1)))]!);
  }
  while (chosen.length < n) {
    const c = pick(random, pool.local);
    if (!chosen.includes(c)) chosen.push(c);
  }
}

function chooseCouncils(random: Random, pool: YearPool, n: number): { councils: Council[]; hub: Council } {
  const anchor = pick(random, pool.all);
  const chosen: Council[] = [anchor];
  const r = random();
  if (r < GEOGRAPHY.distant) {
    // The long tail: partners anywhere.
    while (chosen.length < n) {
      const c = pick(random, pool.all);
      if (!chosen.includes(c)) chosen.push(c);
    }
    return { councils: chosen, hub: anchor };
  }
  const countyCode = anchor.type === 'county' ? anchor.code : countyIn(anchor, pool.year);
  const districts = countyCode ? (pool.districtsByCounty.get(countyCode) ?? []) : [];
  if (countyCode && r < GEOGRAPHY.distant + GEOGRAPHY.county && districts.length) {
    const county = pool.places.get(countyCode)?.council;
    // A county and some of its districts, or districts of one county together.
    if (county && county !== anchor && random() < 0.35) chosen.push(county);
    const start = anchor.type === 'county' ? pick(random, districts) : anchor;
    if (!chosen.includes(start)) chosen.push(start);
    const others = districts
      .filter((d) => !chosen.includes(d))
      .map((d) => ({ d, km: distanceKm(start.point, d.point) }))
      .sort((x, y) => x.km - y.km || (x.d.code < y.d.code ? -1 : 1))
      .map(({ d }) => d);
    while (chosen.length < n && others.length) {
      const i = pickWeighted(random, others.map((_, rank) => 1 / (rank + 1)));
      chosen.push(others.splice(i, 1)[0]!);
    }
    if (chosen.length < n) addLocal(random, pool, chosen, n);
    return { councils: chosen.slice(0, n), hub: county && chosen.includes(county) ? county : anchor };
  }
  if (anchor.type === 'county' && districts.length) {
    // A county's own neighbours are the districts in it.
    chosen.push(pick(random, districts));
  }
  addLocal(random, pool, chosen, n);
  return { councils: chosen.slice(0, n), hub: anchor };
}

export interface SyntheticOptions {
  count: number;
  seed: number | string;
  /** The council register (public/data/councils.json). */
  councils: readonly Council[];
  /** The real partnerships to take the distributions from (public/data/partnerships.json). */
  real: readonly Partnership[];
}

export const SYNTHETIC_ID_PREFIX = 'synthetic-';
export const SYNTHETIC_URL = 'https://example.org/synthetic/';

export function syntheticId(i: number): string {
  return `${SYNTHETIC_ID_PREFIX}${String(i).padStart(6, '0')}`;
}

/** N synthetic partnerships in the bundled format; the same options give the same records. */
export function generateSyntheticPartnerships({ count, seed, councils, real }: SyntheticOptions): Partnership[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, not ${count}`);
  const random = mulberry32(seedFrom(seed));
  const mix = realMix(real);
  const pools = new Map<Year, YearPool>();
  const poolFor = (year: Year) => {
    let pool = pools.get(year);
    if (!pool) {
      pool = yearPool(councils, year);
      pools.set(year, pool);
    }
    return pool;
  };
  const partnerships: Partnership[] = [];
  for (let i = 1; i <= count; i++) {
    const { startYear, endYear, status } = pick(random, mix.years);
    // Councils that existed when it started; with no start year, today's councils.
    const pool = poolFor(startYear ?? LAST_BOUNDARY_YEAR);
    if (pool.all.length < MAX_PARTNERS) throw new Error(`too few councils with shapes in ${startYear ?? LAST_BOUNDARY_YEAR}`);
    const n = MIN_PARTNERS + pickWeighted(random, mix.partnerCountWeights);
    const { councils: members, hub } = chooseCouncils(random, pool, n);
    const codes = members.map((c) => c.code);
    const services = [...pick(random, mix.serviceSets)];
    const realSavings = pick(random, mix.savings);
    const savings = realSavings ? syntheticSavings(random, realSavings) : null;
    const lead = random() < mix.leadShare ? hub.code : undefined;

    let membershipChanges: MembershipChange[] | undefined;
    if (startYear != null && codes.length > 2 && random() < mix.membershipChangeShare) {
      const last = Math.min(endYear ?? LAST_BOUNDARY_YEAR, LAST_BOUNDARY_YEAR);
      const member = pick(random, members.filter((c) => c.code !== lead && c !== members[0]));
      if (last > startYear) {
        const year = startYear + 1 + Math.floor(random() * (last - startYear));
        const joined = random() < 0.5;
        // A council that joined later must have existed when it joined.
        if (!joined || councilExistsIn(member, year)) {
          membershipChanges = [{ council: member.code, ...(joined ? { joined: year } : { left: year }), source: 0, note: 'Synthetic membership change.' }];
        }
      }
    }

    const partnership: Partnership = {
      id: syntheticId(i),
      name: `Synthetic partnership ${i}`,
      councils: codes,
      ...(lead ? { lead } : {}),
      services,
      servicesAsWritten: `synthetic: ${services.join(', ')}`,
      startYear,
      endYear,
      status,
      description: `Synthetic partnership ${i}, generated for benchmarking (seed ${String(seed)}). It is not a real partnership and none of its details are real.`,
      savings,
      sources: [
        {
          title: `Synthetic record ${i} (not a real source)`,
          publisher: 'Shared Services Map benchmark generator',
          url: `${SYNTHETIC_URL}${i}`,
          // Passages as real records carry them, so the details weigh what real ones do; fixed, so a seed gives the same file.
          checked: '2026-01-01',
          passages: [
            { text: `Synthetic passage, not a real quote: these councils share ${services.join(', ')}.`, supports: ['councils', 'services'] },
            ...(savings ? [{ text: `${savings.quote}.`, supports: ['savings' as const] }] : []),
          ],
        },
      ],
      ...(membershipChanges ? { membershipChanges } : {}),
      estimate: estimateAnnualSavings(savings, codes.length),
    };
    partnerships.push(partnership);
  }
  return partnerships;
}

/** Distances between every two partners of each partnership, in kilometres. */
export function partnerDistances(partnerships: readonly Partnership[], councilByCode: ReadonlyMap<string, Council>): { pairs: number[]; widest: number[] } {
  const pairs: number[] = [];
  const widest: number[] = [];
  for (const p of partnerships) {
    const points = p.councils.map((code) => councilByCode.get(code)?.point).filter((x): x is [number, number] => x != null);
    let max = 0;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const d = distanceKm(points[i]!, points[j]!);
        pairs.push(d);
        max = Math.max(max, d);
      }
    }
    widest.push(max);
  }
  return { pairs, widest };
}

/** The median, NaN for no values. */
export function median(values: readonly number[]): number {
  return d3Median(values) ?? NaN;
}

/** Shares of each value of a key over records (a record with several values counts for each). */
export function shares<T>(records: readonly T[], key: (record: T) => string | string[]): Map<string, number> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const record of records) {
    for (const value of ([] as string[]).concat(key(record))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
      total++;
    }
  }
  return new Map([...counts].map(([k, v]) => [k, v / total]));
}

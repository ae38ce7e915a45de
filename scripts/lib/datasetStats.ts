import { rollup, sum } from 'd3-array';
import { GROUP_MIN_COUNCILS } from '../../src/model/membership';
import { recordClaims, statusAsOf } from '../../src/shared/claims';
import { CLAIMS, type Claim, type Council, type PartnershipRecord } from '../../src/shared/types';

// Counts that describe the curated dataset: what `npm run data:check -- --stats`
// prints, for the notes that report on the dataset's coverage.

export interface DatasetStats {
  partnerships: number;
  /** Partnerships with at least one council in each nation (a partnership across a border counts in both). */
  byNation: Record<string, number>;
  /** Likewise by region. */
  byRegion: Record<string, number>;
  /** Partnerships sharing each service area (one with several counts in each). */
  byService: Record<string, number>;
  byStatus: Record<string, number>;
  /** Partnerships of GROUP_MIN_COUNCILS or more councils, which the map draws as one mark rather than as lines. */
  ofManyCouncils: number;
  /** Partnerships whose record gives a savings figure. */
  withSavings: number;
  /** Of those, the ones whose figure has no period we can read, so no yearly estimate (kind "unclear"). */
  withUnclearSavings: number;
  /** Ended partnerships that give the year they ended. */
  endedWithYear: number;
  /** Running partnerships by the year of the latest dated source showing them running. */
  activeAsOf: { recent: number; from2018: number; older: number; undated: number };
  /** Partnerships that record a council joining or leaving after the start. */
  withMembershipChanges: number;
  /** Each kind of claim the records make, and how many a quoted passage backs. */
  claims: Record<Claim, { made: number; backed: number }>;
  /** Records by how many of their claims a passage backs. */
  recordsBacked: { all: number; some: number; none: number };
  sources: { total: number; withPassages: number };
}

/** How many records have each key (a record counts once per key), the most first, then by key. */
function countByKey<T>(records: readonly T[], keysOf: (record: T) => Iterable<string>): Record<string, number> {
  const counts = rollup(
    records.flatMap((record) => [...new Set(keysOf(record))]),
    (keys) => keys.length,
    (key) => key,
  );
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

export function datasetStats(records: readonly PartnershipRecord[], councilByCode: ReadonlyMap<string, Pick<Council, 'nation' | 'region'>>): DatasetStats {
  const councilsOf = (record: PartnershipRecord) => record.councils.map((code) => councilByCode.get(code)).filter((c) => c != null);
  let withSavings = 0;
  let withUnclearSavings = 0;
  let endedWithYear = 0;
  let withMembershipChanges = 0;
  const claims = Object.fromEntries(CLAIMS.map((c) => [c, { made: 0, backed: 0 }])) as DatasetStats['claims'];
  const recordsBacked = { all: 0, some: 0, none: 0 };
  const sources = { total: 0, withPassages: 0 };
  const activeAsOf = { recent: 0, from2018: 0, older: 0, undated: 0 };
  for (const record of records) {
    if (record.status === 'active') {
      const year = statusAsOf(record);
      activeAsOf[year == null ? 'undated' : year >= 2022 ? 'recent' : year >= 2018 ? 'from2018' : 'older']++;
    }
    if (record.savings) withSavings++;
    if (record.savings?.kind === 'unclear') withUnclearSavings++;
    if (record.status === 'ended' && record.endYear != null) endedWithYear++;
    if (record.membershipChanges?.length) withMembershipChanges++;
    const made = recordClaims(record);
    for (const { claim, sources: backedBy } of made) {
      claims[claim].made++;
      if (backedBy.length) claims[claim].backed++;
    }
    const backed = made.filter((c) => c.sources.length).length;
    recordsBacked[backed === made.length ? 'all' : backed === 0 ? 'none' : 'some']++;
    sources.total += record.sources.length;
    sources.withPassages += record.sources.filter((x) => x.passages?.length).length;
  }
  return {
    partnerships: records.length,
    byNation: countByKey(records, (r) => councilsOf(r).map((c) => c.nation)),
    byRegion: countByKey(records, (r) => councilsOf(r).map((c) => c.region)),
    byService: countByKey(records, (r) => r.services),
    byStatus: countByKey(records, (r) => [r.status]),
    ofManyCouncils: records.filter((r) => new Set(r.councils).size >= GROUP_MIN_COUNCILS).length,
    withSavings,
    withUnclearSavings,
    endedWithYear,
    activeAsOf,
    withMembershipChanges,
    claims,
    recordsBacked,
    sources,
  };
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

/** The wording of the savings counts, the same as the app's summary ("… give no savings figure"). */
export function savingsLine(stats: Pick<DatasetStats, 'partnerships' | 'withSavings' | 'withUnclearSavings'>): string {
  const none = stats.partnerships - stats.withSavings;
  return `Savings: ${stats.withSavings} give a savings figure (${stats.withSavings - stats.withUnclearSavings} with a yearly estimate, ${stats.withUnclearSavings} with no period, so no yearly estimate); ${none} give no savings figure`;
}

export function formatStats(stats: DatasetStats): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  const known = (stats.byStatus.active ?? 0) + (stats.byStatus.ended ?? 0);
  const made = sum(CLAIMS, (c) => stats.claims[c].made);
  const backed = sum(CLAIMS, (c) => stats.claims[c].backed);
  const byClaim = CLAIMS.filter((c) => stats.claims[c].made)
    .map((c) => `${c} ${stats.claims[c].backed} of ${stats.claims[c].made}`)
    .join(', ');
  return [
    `${stats.partnerships} partnerships`,
    `By nation (a partnership counts in each nation it has a council in): ${list(stats.byNation)}`,
    `By region (likewise): ${list(stats.byRegion)}`,
    `By service area (a partnership counts in each of its areas): ${list(stats.byService)}`,
    `By status: ${list(stats.byStatus)}; known (active or ended) for ${known} (${percent(known, stats.partnerships)}); ended with a year: ${stats.endedWithYear} of ${stats.byStatus.ended ?? 0}; active or ended with a year: ${(stats.byStatus.active ?? 0) + stats.endedWithYear} (${percent((stats.byStatus.active ?? 0) + stats.endedWithYear, stats.partnerships)})`,
    `By number of councils: fewer than ${GROUP_MIN_COUNCILS} (drawn as lines) ${stats.partnerships - stats.ofManyCouncils}, ${GROUP_MIN_COUNCILS} or more (drawn as one mark) ${stats.ofManyCouncils}`,
    `  active, by the latest dated source showing it running: 2022 or later ${stats.activeAsOf.recent}, 2018 to 2021 ${stats.activeAsOf.from2018}, 2017 or before ${stats.activeAsOf.older}, no dated source (the service's own page or an undated one) ${stats.activeAsOf.undated}`,
    savingsLine(stats),
    `Claims backed by a quoted passage: ${backed} of ${made} (${percent(backed, made)}); without a passage: ${made - backed}`,
    `  by claim (backed of made): ${byClaim}`,
    `Records with every claim backed: ${stats.recordsBacked.all}; with some: ${stats.recordsBacked.some}; with none: ${stats.recordsBacked.none}`,
    `Sources: ${stats.sources.total}, of which ${stats.sources.withPassages} with quoted passages`,
    `Recording a council joining or leaving: ${stats.withMembershipChanges}`,
  ].join('\n');
}

import type { Council, PartnershipRecord } from '../../src/shared/types';

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
  /** Partnerships whose record gives a savings figure. */
  withSavings: number;
  /** Partnerships that record a council joining or leaving after the start. */
  withMembershipChanges: number;
}

function countEach(counts: Record<string, number>, keys: Iterable<string>): void {
  for (const key of new Set(keys)) counts[key] = (counts[key] ?? 0) + 1;
}

function sortedByCount(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

export function datasetStats(records: readonly PartnershipRecord[], councilByCode: ReadonlyMap<string, Pick<Council, 'nation' | 'region'>>): DatasetStats {
  const byNation: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const byService: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  let withSavings = 0;
  let withMembershipChanges = 0;
  for (const record of records) {
    const councils = record.councils.map((code) => councilByCode.get(code)).filter((c) => c != null);
    countEach(byNation, councils.map((c) => c.nation));
    countEach(byRegion, councils.map((c) => c.region));
    countEach(byService, record.services);
    countEach(byStatus, [record.status]);
    if (record.savings) withSavings++;
    if (record.membershipChanges?.length) withMembershipChanges++;
  }
  return {
    partnerships: records.length,
    byNation: sortedByCount(byNation),
    byRegion: sortedByCount(byRegion),
    byService: sortedByCount(byService),
    byStatus: sortedByCount(byStatus),
    withSavings,
    withMembershipChanges,
  };
}

export function formatStats(stats: DatasetStats): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  return [
    `${stats.partnerships} partnerships`,
    `By nation (a partnership counts in each nation it has a council in): ${list(stats.byNation)}`,
    `By region (likewise): ${list(stats.byRegion)}`,
    `By service area (a partnership counts in each of its areas): ${list(stats.byService)}`,
    `By status: ${list(stats.byStatus)}`,
    `With a savings figure: ${stats.withSavings}; without: ${stats.partnerships - stats.withSavings}`,
    `Recording a council joining or leaving: ${stats.withMembershipChanges}`,
  ].join('\n');
}

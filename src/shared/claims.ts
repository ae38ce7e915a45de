import type { Claim, PartnershipRecord, SavingsRecord, SourceRef } from './types';

// Which claims a partnership record makes, and which of its sources back
// each one with a quoted passage. A claim no passage backs is not a fact of
// the dataset: the checks count it, data:check -- --stats reports it, and a
// savings figure without one is refused (src/shared/validatePartnerships.ts).

export interface ClaimSupport {
  claim: Claim;
  /** For a membership change: the council that joined or left. */
  council?: string;
  /** Indices of the sources with a passage that backs the claim. */
  sources: number[];
}

/** Whitespace runs as one space, so a passage and a quote compare as a reader reads them. */
export function normaliseQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The passages of a source that back a claim (a source as edited may hold anything: what is not a passage is skipped). */
function backs(source: SourceRef | undefined, claim: Claim, test: (text: string) => boolean = () => true): boolean {
  const passages = source && Array.isArray(source.passages) ? source.passages : [];
  return passages.some(
    (p) => typeof p === 'object' && p !== null && typeof p.text === 'string' && Array.isArray(p.supports) && p.supports.includes(claim) && test(p.text),
  );
}

/** Every source index whose passages back the claim. */
function backedBy(sources: readonly SourceRef[], claim: Claim): number[] {
  return sources.flatMap((source, i) => (backs(source, claim) ? [i] : []));
}

/**
 * Does the savings source quote the savings wording? The wording is backed
 * only by a passage of the very source the record names for it, marked
 * "savings", that contains the wording (whitespace aside): a passage that
 * says something else is no evidence for the figure.
 */
export function savingsBacked(record: { savings?: unknown; sources?: unknown }): boolean {
  const savings = record.savings as Partial<SavingsRecord> | null | undefined;
  if (typeof savings !== 'object' || savings === null || typeof savings.quote !== 'string' || typeof savings.source !== 'number') return false;
  if (!Array.isArray(record.sources)) return false;
  const quote = normaliseQuote(savings.quote);
  return backs(record.sources[savings.source] as SourceRef | undefined, 'savings', (text) => normaliseQuote(text).includes(quote));
}

/** The claims a record makes, each with the sources that back it. */
export function recordClaims(record: Pick<PartnershipRecord, 'startYear' | 'endYear' | 'status' | 'savings' | 'lead' | 'sources' | 'membershipChanges'>): ClaimSupport[] {
  const sources = Array.isArray(record.sources) ? record.sources : [];
  const claims: ClaimSupport[] = [
    { claim: 'councils', sources: backedBy(sources, 'councils') },
    { claim: 'services', sources: backedBy(sources, 'services') },
  ];
  if (record.startYear != null) claims.push({ claim: 'start', sources: backedBy(sources, 'start') });
  if (record.endYear != null) claims.push({ claim: 'end', sources: backedBy(sources, 'end') });
  if (record.status !== 'unknown') claims.push({ claim: 'status', sources: backedBy(sources, 'status') });
  if (record.savings) claims.push({ claim: 'savings', sources: savingsBacked(record) ? [record.savings.source] : [] });
  if (record.lead) claims.push({ claim: 'lead', sources: backedBy(sources, 'lead') });
  for (const change of record.membershipChanges ?? []) {
    claims.push({ claim: 'membership', council: change.council, sources: backs(sources[change.source], 'membership') ? [change.source] : [] });
  }
  return claims;
}

/**
 * The year a running partnership was last seen running: the latest `date` of
 * a source with a passage that backs its status. Null when no such source is
 * dated (the service's own undated page) or the record is not "active".
 */
export function statusAsOf(record: Pick<PartnershipRecord, 'status' | 'sources'>): number | null {
  if (record.status !== 'active' || !Array.isArray(record.sources)) return null;
  let latest: number | null = null;
  for (const source of record.sources) {
    const year = typeof source?.date === 'string' ? Number(/^(\d{4})/.exec(source.date)?.[1]) : NaN;
    if (Number.isInteger(year) && backs(source, 'status') && (latest == null || year > latest)) latest = year;
  }
  return latest;
}

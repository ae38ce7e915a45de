// Types shared by the data build (scripts/) and the app (src/). The curated
// record types describe what people edit in data/; the bundled types describe
// what the build writes to public/data/ and the app loads.
//
// Every closed set of values a record may hold (statuses, savings kinds,
// claims, council types …) is written here once, as a list, and its type is
// derived from the list: the checks of the build and of the app
// (validatePartnerships.ts, checkRecords.ts), the filters and the wording of
// problems all read the same list.

/** Years in this project are the boundary years of the ONS data: the areas
 *  as they stood after the April changes of that year. */
export type Year = number;

export const FIRST_BOUNDARY_YEAR = 2014;
export const LAST_BOUNDARY_YEAR = 2025;

// ---------------------------------------------------------------------------
// Curated partnership records (data/partnerships/*.json)

export const PARTNERSHIP_STATUSES = ['active', 'ended', 'unknown'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/**
 * What a record says that a source must back: who the partners are, what is
 * shared, when it started or ended, whether it runs, the savings wording, the
 * lead council, and each council that joined or left.
 */
export const CLAIMS = ['councils', 'services', 'start', 'end', 'status', 'savings', 'lead', 'membership'] as const;
export type Claim = (typeof CLAIMS)[number];

/** A short passage of a source, quoted exactly, and the claims of the record it backs. */
export interface Passage {
  text: string;
  supports: Claim[];
}

export interface SourceRef {
  title: string;
  publisher: string;
  /** ISO date, or year-month, or year: as precise as the source allows. */
  date?: string;
  url: string;
  /** The day (YYYY-MM-DD) someone last read the source and checked its passages against it. */
  checked?: string;
  /** What the source says, quoted exactly, for each claim it backs. */
  passages?: Passage[];
}

/** How the quoted savings figure is stated. */
export const SAVINGS_KINDS = [
  /** A saving per year ("£670,000 per year"). */
  'annual',
  /** A total over a stated number of years ("£2m to £5m over three years"). */
  'period',
  /** A total achieved to date since the start ("has saved £17m in ten years"). */
  'cumulative',
  /** A figure with no period we can read ("would save £100,000"). */
  'unclear',
] as const;
export type SavingsKind = (typeof SAVINGS_KINDS)[number];

/** Whose saving the figure is. */
export const SAVINGS_SCOPES = [
  /** The partnership as a whole (the default). */
  'partnership',
  /** Each partner saves this, so the partnership saves it times the partners. */
  'each-partner',
  /** Only one or some of the partners: the partnership saves at least this. */
  'some-partners',
] as const;
export type SavingsScope = (typeof SAVINGS_SCOPES)[number];

export const SAVINGS_QUALIFIERS = ['about', 'at-least', 'up-to'] as const;
export type SavingsQualifier = (typeof SAVINGS_QUALIFIERS)[number];

export interface SavingsRecord {
  /** The wording exactly as the source gives it. */
  quote: string;
  /** Index into the record's sources of the one that gives the quote. */
  source: number;
  kind: SavingsKind;
  /** Lower and upper figure in pounds; equal when the source gives one figure. */
  low: number;
  high: number;
  /** Years the figure is spread over, for 'period' and 'cumulative'. */
  years?: number;
  /** A projection, aim or target rather than a saving reported as made. */
  target?: boolean;
  scope?: SavingsScope;
  qualifier?: SavingsQualifier;
}

/** A council that joined after the start or left before the end. */
export interface MembershipChange {
  council: string;
  joined?: Year;
  left?: Year;
  /** Index into the record's sources. */
  source: number;
  note?: string;
}

export interface PartnershipRecord {
  id: string;
  name: string;
  /** GSS codes of the councils as they were when the partnership started (or when each joined). */
  councils: string[];
  lead?: string;
  /** Taxonomy ids. */
  services: string[];
  /** The source's own words for what is shared. */
  servicesAsWritten: string;
  startYear: Year | null;
  endYear: Year | null;
  status: PartnershipStatus;
  description: string;
  savings: SavingsRecord | null;
  sources: SourceRef[];
  membershipChanges?: MembershipChange[];
  /** Further facts for reviewers: criticism, failures, later figures. */
  notes?: string;
}

// ---------------------------------------------------------------------------
// Bundled output (public/data/*.json)

export const COUNCIL_TYPES = ['county', 'district', 'unitary', 'metropolitan', 'london-borough', 'welsh', 'scottish', 'northern-irish'] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

export const COUNCIL_TIERS = ['upper', 'lower', 'unitary'] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

/** The nations, in the order the area filter lists them. */
export const NATIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** Something that holds from one year to another (both inclusive, open when absent). */
export interface YearSpan {
  from?: Year;
  to?: Year;
}

export interface CountyLink extends YearSpan {
  county: string;
}

export interface Council {
  /** The GSS code the register gives (or the register's own key where it has none). */
  code: string;
  /** Codes the area had before its current one (Fife, Barnsley, Glasgow …). */
  formerCodes?: string[];
  /** mySociety's three-letter key. */
  registerKey: string;
  name: string;
  shortName: string;
  /** Welsh name where the register gives one. */
  nameCy?: string;
  /** Other spellings, for search and import. */
  altNames: string[];
  type: CouncilType;
  tier: CouncilTier;
  /** For a district: its county, by year where that changed. */
  counties?: CountyLink[];
  region: string;
  nation: Nation;
  /** ISO dates from the register. */
  startDate?: string;
  endDate?: string;
  /** Boundary years the council existed in (inclusive; open when absent). */
  firstYear?: Year;
  lastYear?: Year;
  successors?: string[];
  predecessors?: string[];
  /** [longitude, latitude] of a point inside the council's shape, where links attach. */
  point: [number, number];
  /** True when the point comes from the register, not a drawn shape. */
  noShape?: boolean;
}

export interface ServiceArea {
  id: string;
  label: string;
  /** CSS hex colour: its colour family's (data/services.json). */
  colour: string;
  /** The colour family it shares its colour with (related areas share one), when the data gives it. */
  family?: string;
  description: string;
  /** Words people use for it, for import and search. */
  aliases: string[];
}

export interface SavingsEstimate {
  /** Annual savings in pounds, lower and upper. */
  low: number;
  high: number;
  /** True when the figure covers only some partners. */
  partial?: boolean;
  /** "up to" or "at least", as the source said, for showing the figure honestly. */
  qualifier?: SavingsQualifier;
}

/**
 * What the map, the lists, the table and the search need of a partnership:
 * bundled in partnerships.json and loaded at start. The text (description,
 * sources, quotes, notes) is in partnership-details.json, loaded after.
 */
export interface PartnershipSummary {
  id: string;
  name: string;
  councils: string[];
  lead?: string;
  services: string[];
  startYear: Year | null;
  endYear: Year | null;
  status: PartnershipStatus;
  estimate: SavingsEstimate | null;
  /** A savings figure is given but with no period we can read, so there is no yearly estimate (kind "unclear"). */
  savingsUnclear?: true;
  /** Whether its savings figure is reported as achieved or is a target or projection; absent when it gives none. */
  figure?: 'reported' | 'target';
  /** For a running partnership: the year of the latest dated source with a passage showing it running. */
  statusAsOf?: Year;
  /** Who joined or left when; the notes and sources are in the details. */
  membershipChanges?: Pick<MembershipChange, 'council' | 'joined' | 'left'>[];
}

export type PartnershipDetails = Pick<PartnershipRecord, 'servicesAsWritten' | 'description' | 'savings' | 'sources' | 'notes' | 'membershipChanges'>;

/** A partnership with everything we know: its summary and its details. */
export type Partnership = PartnershipSummary & PartnershipDetails;

export interface BuildMeta {
  builtAt: string;
  counts: {
    councils: number;
    partnerships: number;
    councilsByYear: Record<string, number>;
    shapesByYear: Record<string, { ltla: number; cty: number }>;
  };
  sources: { name: string; sha256: string; attribution: string }[];
}

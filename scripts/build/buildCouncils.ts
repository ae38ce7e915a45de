import { csvParse } from 'd3-dsv';
import { firstYearFromStartDate, lastYearFromEndDate } from '../../src/shared/councilYears';
import { nameCore, normaliseName } from '../../src/shared/councilNameForms';
import type { Council, CouncilTier, CouncilType, Nation } from '../../src/shared/types';
import { FIRST_BOUNDARY_YEAR, LAST_BOUNDARY_YEAR } from '../../src/shared/types';

// Councils from mySociety's register, with counties from the ONS lookup.
// Points (where links attach) are added later from the boundaries.

const TYPES: Record<string, [CouncilType, CouncilTier]> = {
  CTY: ['county', 'upper'],
  NMD: ['district', 'lower'],
  UA: ['unitary', 'unitary'],
  MD: ['metropolitan', 'unitary'],
  LBO: ['london-borough', 'unitary'],
  // The City of London Corporation is not a borough, but it is London's
  // 33rd local authority and carries an E09 code like them.
  CC: ['london-borough', 'unitary'],
  WPA: ['welsh', 'unitary'],
  SCO: ['scottish', 'unitary'],
  NID: ['northern-irish', 'unitary'],
};

/** Dates in the register before this mark when its records begin, not when a council was created. */
const REGISTER_RECORDS_BEGIN = '2009-04-01';

/** The register lost this Welsh name's ô to an encoding error (shown as "ï¿½"). */
const WELSH_NAME_REPAIRS: Record<string, string> = { 'Sir Ynys Mï¿½n': 'Sir Ynys Môn' };

/**
 * The 26 Northern Irish councils abolished in 2015 have no GSS code, no point
 * and no successor in the register. Each was merged into one of the 11
 * councils that replaced them (Local Government (Boundaries) Act (Northern
 * Ireland) 2008); where one was split, the council that took most of it.
 */
const NI_2015_SUCCESSORS: Record<string, string> = {
  'NIR-A': 'N09000005', // Derry → Derry City and Strabane
  'NIR-B': 'N09000004', // Limavady → Causeway Coast and Glens
  'NIR-C': 'N09000004', // Coleraine
  'NIR-D': 'N09000004', // Ballymoney
  'NIR-E': 'N09000004', // Moyle
  'NIR-F': 'N09000008', // Larne → Mid and East Antrim
  'NIR-G': 'N09000008', // Ballymena
  'NIR-H': 'N09000009', // Magherafelt → Mid Ulster
  'NIR-I': 'N09000009', // Cookstown
  'NIR-J': 'N09000005', // Strabane
  'NIR-K': 'N09000006', // Omagh → Fermanagh and Omagh
  'NIR-L': 'N09000006', // Fermanagh
  'NIR-M': 'N09000009', // Dungannon and South Tyrone
  'NIR-N': 'N09000002', // Craigavon → Armagh City, Banbridge and Craigavon
  'NIR-O': 'N09000002', // Armagh
  'NIR-P': 'N09000010', // Newry and Mourne → Newry, Mourne and Down
  'NIR-Q': 'N09000002', // Banbridge
  'NIR-R': 'N09000010', // Down
  'NIR-S': 'N09000007', // Lisburn → Lisburn and Castlereagh
  'NIR-T': 'N09000001', // Antrim → Antrim and Newtownabbey
  'NIR-U': 'N09000001', // Newtownabbey
  'NIR-V': 'N09000008', // Carrickfergus
  'NIR-W': 'N09000011', // North Down → Ards and North Down
  'NIR-X': 'N09000011', // Ards
  'NIR-Y': 'N09000007', // Castlereagh
};

/** Characters left by text decoded in the wrong encoding somewhere upstream. */
const MOJIBAKE = /ï¿½|ï¾|Ã|Â/;

/** Codes the ONS boundaries use for a council that the register files under another code. */
export interface CodeChange {
  oldCode: string;
  newCode: string;
  year: number;
}

export interface RegisterRow {
  'local-authority-code': string;
  'official-name': string;
  'nice-name': string;
  'gss-code': string;
  'start-date': string;
  'end-date': string;
  'replaced-by': string;
  nation: string;
  region: string;
  'local-authority-type': string;
  'county-la': string;
  'alt-names': string;
  'former-gss-codes': string;
  lat: string;
  long: string;
}

export function parseCsv(text: string): Record<string, string>[] {
  return csvParse(text.replace(/^\uFEFF/, ''));
}

function welshName(row: RegisterRow): string | undefined {
  if (row.nation !== 'Wales') return undefined;
  const english = new Set([normaliseName(row['nice-name']), normaliseName(row['official-name'])]);
  for (const raw of row['alt-names'].split(',')) {
    const name = WELSH_NAME_REPAIRS[raw.trim()] ?? raw.trim();
    if (!name || name[0] !== name[0]!.toUpperCase() || MOJIBAKE.test(name)) continue;
    if (english.has(normaliseName(name))) continue;
    if (/\b(council|county|borough|city|the)\b/i.test(name)) continue;
    return name;
  }
  return undefined;
}

export interface CouncilBuildInput {
  register: string;
  lookup: string;
  changes: string;
}

export interface CouncilBuildResult {
  councils: Council[];
  /** Boundary codes (old or corrected) → the council code they belong to. */
  codeToCouncil: Map<string, string>;
  warnings: string[];
}

/** A district's county by its 2014 code (and for districts formed since by merging), and the code changes of councils' own areas. */
function readLookups(lookup: Record<string, string | undefined>[], changes: Record<string, string | undefined>[]): { countyOf: Map<string, string>; codeChanges: CodeChange[] } {
  const countyOf = new Map<string, string>();
  for (const row of lookup) if (row.ctycd) countyOf.set(row.ltlacd!, row.ctycd);
  const codeChanges: CodeChange[] = [];
  for (const change of changes) {
    const oldCode = change.oldcd!;
    const newCode = change.newcd!;
    if (change.type === 'merger' && newCode.startsWith('E07') && countyOf.has(oldCode)) {
      countyOf.set(newCode, countyOf.get(oldCode)!);
    }
    // Code changes of a council's own area; the E47 rows are combined authorities.
    const ownArea = !oldCode.startsWith('E47') && !newCode.startsWith('E47');
    if ((change.type === 'new_code' || change.type === 'new_geo') && ownArea) {
      codeChanges.push({ oldCode, newCode, year: Number(change.start) });
    }
  }
  return { countyOf, codeChanges };
}

/** The council's code as the ONS boundaries have it, and every code it had before. */
function currentCode(row: RegisterRow, codeChanges: readonly CodeChange[]): { code: string; formerCodes: Set<string> } {
  let code = row['gss-code'] || row['local-authority-code'];
  const formerCodes = new Set(row['former-gss-codes'].split(',').map((c) => c.trim()).filter(Boolean));
  // The ONS boundaries are newer than the register for some codes (Barnsley and Sheffield in 2025).
  for (const change of codeChanges) {
    if (change.oldCode === code) {
      formerCodes.add(code);
      code = change.newCode;
    } else if (change.newCode === code) {
      formerCodes.add(change.oldCode);
    }
  }
  formerCodes.delete(code);
  return { code, formerCodes };
}

/** The register's other names, without repeats of the official and short names or mangled encodings. */
function altNamesOf(row: RegisterRow): string[] {
  const seen = new Set([normaliseName(row['official-name']), normaliseName(row['nice-name'])]);
  const altNames: string[] = [];
  for (const raw of row['alt-names'].split(',')) {
    const name = raw.trim();
    const key = normaliseName(name);
    if (!name || MOJIBAKE.test(name) || seen.has(key)) continue;
    seen.add(key);
    altNames.push(name);
  }
  return altNames;
}

interface RowContext {
  keyToCode: ReadonlyMap<string, string>;
  countyOf: ReadonlyMap<string, string>;
  codeChanges: readonly CodeChange[];
  warnings: string[];
}

/** A district's county: the ONS lookup's, else the register's (saying so where they differ). */
function attachCounty(council: Council, row: RegisterRow, formerCodes: ReadonlySet<string>, ctx: RowContext): void {
  const county = [council.code, ...formerCodes].map((c) => ctx.countyOf.get(c)).find(Boolean);
  const registerCounty = ctx.keyToCode.get(row['county-la']);
  if (county) {
    council.counties = [{ county, from: council.firstYear, to: council.lastYear }];
    if (registerCounty && registerCounty !== county) {
      ctx.warnings.push(`register gives ${council.name} the county ${registerCounty}; the ONS lookup gives ${county}, which is used`);
    }
  } else if (registerCounty) {
    council.counties = [{ county: registerCounty, from: council.firstYear, to: council.lastYear }];
  } else {
    ctx.warnings.push(`no county found for the district ${council.name} (${council.code})`);
  }
  for (const link of council.counties ?? []) {
    if (link.from === undefined) delete link.from;
    if (link.to === undefined) delete link.to;
  }
}

function councilFromRow(row: RegisterRow, ctx: RowContext): { council: Council; formerCodes: Set<string> } {
  const [type, tier] = TYPES[row['local-authority-type']]!;
  const { code, formerCodes } = currentCode(row, ctx.codeChanges);
  const nation = row.nation as Nation;
  const council: Council = {
    code,
    registerKey: row['local-authority-code'],
    name: row['official-name'],
    shortName: row['nice-name'],
    altNames: altNamesOf(row),
    type,
    tier,
    region: row.region || nation,
    nation,
    point: [Number(row.long), Number(row.lat)],
  };
  if (formerCodes.size) council.formerCodes = [...formerCodes].sort();
  const cy = welshName(row);
  if (cy) council.nameCy = cy;
  if (row['start-date']) {
    council.startDate = row['start-date'];
    if (row['start-date'] >= REGISTER_RECORDS_BEGIN) council.firstYear = firstYearFromStartDate(row['start-date']);
  }
  if (row['end-date']) {
    council.endDate = row['end-date'];
    council.lastYear = lastYearFromEndDate(row['end-date']);
  }
  const niSuccessor = NI_2015_SUCCESSORS[row['local-authority-code']];
  if (niSuccessor) council.successors = [niSuccessor];
  if (row['replaced-by']) {
    council.successors = row['replaced-by']
      .split(',')
      .map((key) => ctx.keyToCode.get(key.trim()))
      .filter((c): c is string => Boolean(c));
  }
  if (type === 'district') attachCounty(council, row, formerCodes, ctx);
  return { council, formerCodes };
}

/** What a council takes from its successor where the register leaves it out, and predecessors as the inverse of successors. */
function linkSuccessors(councils: Council[]): void {
  const byCode = new Map(councils.map((c) => [c.code, c]));
  for (const council of councils) {
    // No point in the register: take the successor's, so its links land in the right area.
    const noPoint = !Number.isFinite(council.point[0]) || !Number.isFinite(council.point[1]) || (council.point[0] === 0 && council.point[1] === 0);
    const successor = council.successors?.length ? byCode.get(council.successors[0]!) : undefined;
    if (noPoint && successor) council.point = [...successor.point];
    // No English region in the register (it leaves it blank for some councils abolished since,
    // as in Dorset and Northamptonshire): the successor's, which covers the same ground.
    if (council.nation === 'England' && council.region === council.nation && successor && successor.region !== successor.nation) council.region = successor.region;
  }
  for (const council of councils) {
    for (const successor of council.successors ?? []) {
      const next = byCode.get(successor);
      if (next) (next.predecessors ??= []).push(council.code);
    }
  }
}

export function buildCouncils(input: CouncilBuildInput): CouncilBuildResult {
  const warnings: string[] = [];
  const rows = parseCsv(input.register) as unknown as RegisterRow[];
  const { countyOf, codeChanges } = readLookups(parseCsv(input.lookup), parseCsv(input.changes));
  const included = rows.filter((row) => {
    if (!TYPES[row['local-authority-type']]) return false;
    const last = row['end-date'] ? lastYearFromEndDate(row['end-date']) : Infinity;
    const first = row['start-date'] ? firstYearFromStartDate(row['start-date']) : -Infinity;
    return last >= FIRST_BOUNDARY_YEAR && first <= LAST_BOUNDARY_YEAR;
  });
  const keyToCode = new Map<string, string>();
  for (const row of included) keyToCode.set(row['local-authority-code'], row['gss-code'] || row['local-authority-code']);

  const ctx: RowContext = { keyToCode, countyOf, codeChanges, warnings };
  const codeToCouncil = new Map<string, string>();
  const councils: Council[] = included.map((row) => {
    const { council, formerCodes } = councilFromRow(row, ctx);
    codeToCouncil.set(council.code, council.code);
    for (const former of formerCodes) codeToCouncil.set(former, council.code);
    return council;
  });
  linkSuccessors(councils);
  dropJointNames(councils, warnings);
  councils.sort((a, b) => a.code.localeCompare(b.code));
  return { councils, codeToCouncil, warnings };
}

/**
 * The register gives some councils the name of a joint arrangement with a
 * neighbour as an alternative name (Worthing: "Adur and Worthing Borough
 * Council"). That name is two councils, not this one: read as Worthing's,
 * a sheet's "Adur & Worthing" would have been Worthing alone, and "Adur"
 * the start of Worthing's name. Such names are left out.
 */
function dropJointNames(councils: Council[], warnings: string[]): void {
  const shortNames = new Set(councils.map((c) => nameCore(c.shortName).core));
  for (const council of councils) {
    const own = nameCore(council.shortName).core;
    council.altNames = council.altNames.filter((alt) => {
      const parts = nameCore(alt).core.split(' and ');
      const joint = parts.length === 2 && parts.includes(own) && parts.every((part) => shortNames.has(part)) && parts[0] !== parts[1];
      if (joint) warnings.push(`register gives ${council.name} the joint name "${alt}": left out of its names`);
      return !joint;
    });
  }
}

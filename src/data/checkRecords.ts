import type { Topology } from 'topojson-specification';
import { badField, isBoolean, isFiniteNumber, isObject, isString, isText, isWholeNumber, listOf, nullable, oneOf, optional, shaped, shapeOf, wholeNumberIn, type Json, type Shape, type Test } from '../shared/fieldChecks';
import { COUNCIL_TIERS, COUNCIL_TYPES, NATIONS, PARTNERSHIP_STATUSES, SAVINGS_QUALIFIERS, type Council, type PartnershipSummary, type ServiceArea } from '../shared/types';

// Record-by-record checks of the bundled data, run by the app before it uses
// it. The data build checks the curated records, but a council that hosts its
// own copy may edit the bundled files by hand: a record that is not what the
// app relies on is left out and reported, and the rest of the map works.
//
// Built from the same field checks and the same lists of values as the
// build's checks of the curated records (src/shared/fieldChecks.ts, why by
// hand is said there; src/shared/types.ts), but kinder where a hand-edited
// file is harmless (a blank source title) and stricter where the app would
// break (a colour, a point on the map).

export type RecordKind = 'shape' | 'council' | 'service' | 'partnership' | 'details';

export type RejectReason =
  /** Not a JSON object. */
  | 'notAnObject'
  /** A field is missing or holds the wrong kind of value. */
  | 'invalidField'
  /** A second record with the same id (the first is kept). */
  | 'duplicate'
  /** Names a council that is not in the councils file (or was itself left out). */
  | 'unknownCouncil'
  /** Names a service area that is not in the services file. */
  | 'unknownService';

export interface RejectedRecord {
  kind: RecordKind;
  /** Position in its file, from 1. */
  position: number;
  /** The record's id or code, when it has a usable one. */
  id: string | null;
  /** The field at fault, when one is. */
  field: string | null;
  reason: RejectReason;
}

export interface Checked<T> {
  kept: T[];
  rejected: RejectedRecord[];
}

// Wide enough for any council's history, narrow enough to keep the year control sane.
export const isYear = wholeNumberIn(1900, 2200);
// A colour is drawn on the canvas and set as a CSS value: only #rgb or #rrggbb, so no url(…) can make a request.
const isHexColour: Test = (value) => isString(value) && /^#(?:[0-9a-f]{3}){1,2}$/i.test(value);

const isPair: Test = (value) => Array.isArray(value) && value.length === 2 && isFiniteNumber(value[0]) && isFiniteNumber(value[1]);
/** [longitude, latitude]. */
const isPoint: Test = (value) => isPair(value) && Math.abs((value as number[])[0]!) <= 180 && Math.abs((value as number[])[1]!) <= 90;

const COUNCIL_SHAPE = shapeOf({
  code: isText,
  name: isText,
  shortName: isText,
  nameCy: optional(isString),
  registerKey: optional(isString),
  altNames: optional(listOf(isString)),
  formerCodes: optional(listOf(isText)),
  type: oneOf(COUNCIL_TYPES),
  tier: oneOf(COUNCIL_TIERS),
  counties: optional(listOf(shaped({ county: isText, from: optional(isYear), to: optional(isYear) }))),
  region: isText,
  nation: oneOf(NATIONS),
  firstYear: optional(isYear),
  lastYear: optional(isYear),
  successors: optional(listOf(isText)),
  predecessors: optional(listOf(isText)),
  point: isPoint,
  noShape: optional(isBoolean),
});

const SERVICE_SHAPE = shapeOf({
  id: isText,
  label: isText,
  colour: isHexColour,
  family: optional(isText),
  description: optional(isString),
  aliases: optional(listOf(isString)),
});

const ESTIMATE_SHAPE: Record<string, Test> = {
  low: isFiniteNumber,
  high: isFiniteNumber,
  partial: optional(isBoolean),
  qualifier: optional(oneOf(SAVINGS_QUALIFIERS)),
};

const hasEstimateFields = shaped(ESTIMATE_SHAPE);
const isEstimate: Test = (value) => {
  if (!hasEstimateFields(value)) return false;
  const { low, high } = value as { low: number; high: number };
  return 0 <= low && low <= high;
};

const PARTNERSHIP_SHAPE = shapeOf({
  id: isText,
  name: isText,
  councils: (value) => listOf(isText)(value) && (value as string[]).length >= 2,
  lead: optional(isText),
  services: (value) => listOf(isText)(value) && (value as string[]).length >= 1,
  startYear: nullable(isYear),
  endYear: nullable(isYear),
  status: oneOf(PARTNERSHIP_STATUSES),
  estimate: nullable(isEstimate),
  savingsUnclear: optional(isBoolean),
  figure: optional(oneOf(['reported', 'target'] as const)),
  statusAsOf: optional(isYear),
  membershipChanges: optional(listOf(shaped({ council: isText, joined: optional(isYear), left: optional(isYear) }))),
});

/** A record's id from the field that holds it, when it is usable text. */
const idIn =
  (field: string) =>
  (item: unknown): string | null =>
    isObject(item) && isText(item[field]) ? (item[field] as string) : null;

/**
 * Check a list of records of one kind: each must be an object of `shape`, have
 * an id not seen before, and pass `refer` (references to other files).
 */
export function checkList<T>(
  kind: RecordKind,
  items: readonly unknown[],
  shape: Shape,
  idField: string,
  refer: (record: Json) => { field: string; reason: RejectReason } | null = () => null,
  idOf: (item: unknown, index: number) => string | null = idIn(idField),
): Checked<T> {
  const kept: T[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const position = index + 1;
    const id = idOf(item, index);
    if (!isObject(item)) {
      rejected.push({ kind, position, id, field: null, reason: 'notAnObject' });
      return;
    }
    const field = badField(item, shape);
    if (field) {
      rejected.push({ kind, position, id, field, reason: 'invalidField' });
      return;
    }
    if (seen.has(id!)) {
      rejected.push({ kind, position, id, field: idField, reason: 'duplicate' });
      return;
    }
    const reference = refer(item);
    if (reference) {
      rejected.push({ kind, position, id, ...reference });
      return;
    }
    seen.add(id!);
    kept.push(item as T);
  });
  return { kept, rejected };
}

export function checkCouncils(items: readonly unknown[]): Checked<Council> {
  return checkList<Council>('council', items, COUNCIL_SHAPE, 'code');
}

export function checkServices(items: readonly unknown[]): Checked<ServiceArea> {
  return checkList<ServiceArea>('service', items, SERVICE_SHAPE, 'id');
}

/** Partnerships whose councils and services are among those kept. */
export function checkPartnerships(items: readonly unknown[], councilCodes: ReadonlySet<string>, serviceIds: ReadonlySet<string>): Checked<PartnershipSummary> {
  return checkList<PartnershipSummary>('partnership', items, PARTNERSHIP_SHAPE, 'id', (p) => {
    const councils = p.councils as string[];
    const unknown = councils.findIndex((code) => !councilCodes.has(code));
    if (unknown !== -1) return { field: `councils[${unknown}]`, reason: 'unknownCouncil' };
    if (new Set(councils).size !== councils.length) return { field: 'councils', reason: 'duplicate' };
    if (p.lead !== undefined && !councils.includes(p.lead as string)) return { field: 'lead', reason: 'unknownCouncil' };
    const changes = (p.membershipChanges ?? []) as { council: string }[];
    const change = changes.findIndex((c) => !councils.includes(c.council));
    if (change !== -1) return { field: `membershipChanges[${change}].council`, reason: 'unknownCouncil' };
    const service = (p.services as string[]).findIndex((id) => !serviceIds.has(id));
    if (service !== -1) return { field: `services[${service}]`, reason: 'unknownService' };
    return null;
  });
}

const isArcIndex = (arcCount: number): Test => (value) => isWholeNumber(value) && (value < 0 ? ~value : value) < arcCount;

/**
 * The shapes of the boundaries: a shape whose rings name arcs the file does
 * not have, or which has no council code, is left out (the council is still
 * listed and linked; it is not drawn). Null when the file is not a topology
 * the map can draw at all.
 */
export function checkTopology(value: unknown): { topology: Topology; rejected: RejectedRecord[] } | null {
  if (!isObject(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isObject(value.objects)) return null;
  const arcs = value.arcs as unknown[];
  const isPosition: Test = (p) => Array.isArray(p) && p.length >= 2 && isFiniteNumber(p[0]) && isFiniteNumber(p[1]);
  if (!arcs.every((arc) => Array.isArray(arc) && arc.every(isPosition))) return null;
  if (value.transform !== undefined && !shaped({ scale: isPair, translate: isPair })(value.transform)) return null;
  const ring = listOf(isArcIndex(arcs.length));
  const isGeometry: Test = (g) =>
    isObject(g) &&
    isObject(g.properties) &&
    isText(g.properties.c) &&
    optional(isYear)(g.properties.f) &&
    optional(isYear)(g.properties.l) &&
    ((g.type === 'Polygon' && listOf(ring)(g.arcs)) || (g.type === 'MultiPolygon' && listOf(listOf(ring))(g.arcs)));
  const rejected: RejectedRecord[] = [];
  const objects: Record<string, unknown> = {};
  for (const layer of ['ltla', 'cty']) {
    const collection = value.objects[layer];
    if (!isObject(collection) || collection.type !== 'GeometryCollection' || !Array.isArray(collection.geometries)) return null;
    const geometries = collection.geometries.filter((g: unknown, index: number) => {
      if (isGeometry(g)) return true;
      const code = isObject(g) && isObject(g.properties) && isText(g.properties.c) ? (g.properties.c as string) : null;
      rejected.push({ kind: 'shape', position: index + 1, id: code, field: null, reason: 'invalidField' });
      return false;
    });
    objects[layer] = { ...collection, geometries };
  }
  return { topology: { ...(value as unknown as Topology), objects: objects as Topology['objects'] }, rejected };
}

import { isBoolean, isFiniteNumber, isString, isText, isWholeNumber, listOf, nullable, oneOf, optional, shaped, shapeOf, type Json, type Test } from '../shared/fieldChecks';
import { CLAIMS, SAVINGS_KINDS, SAVINGS_QUALIFIERS, SAVINGS_SCOPES, type PartnershipDetails } from '../shared/types';
import { checkList, isYear, type RejectedRecord } from './checkRecords';

// The checks of the partnerships' text (partnership-details.json), as
// checkRecords.ts checks the first view's files: apart, since the text is
// loaded after the first view, and so are its checks (loadDetails imports
// this file when it needs it).

const SOURCE_SHAPE: Record<string, Test> = {
  title: isString,
  publisher: isString,
  date: optional(isString),
  url: isString,
  checked: optional(isString),
  passages: optional(listOf(shaped({ text: isString, supports: listOf(oneOf(CLAIMS)) }))),
};

const SAVINGS_SHAPE: Record<string, Test> = {
  quote: isString,
  source: (value) => isWholeNumber(value) && value >= 0,
  kind: oneOf(SAVINGS_KINDS),
  low: isFiniteNumber,
  high: isFiniteNumber,
  years: optional(isFiniteNumber),
  target: optional(isBoolean),
  scope: optional(oneOf(SAVINGS_SCOPES)),
  qualifier: optional(oneOf(SAVINGS_QUALIFIERS)),
};

const DETAILS_SHAPE = shapeOf({
  servicesAsWritten: isString,
  description: isString,
  savings: nullable(shaped(SAVINGS_SHAPE)),
  sources: listOf(shaped(SOURCE_SHAPE)),
  notes: optional(isString),
  membershipChanges: optional(listOf(shaped({ council: isText, joined: optional(isYear), left: optional(isYear), source: optional(isFiniteNumber), note: optional(isString) }))),
});

/**
 * The details file is one object keyed by partnership id. A bad entry is left
 * out (its partnership is still drawn, and its panel says the text is missing).
 */
export function checkDetails(byId: Json): { kept: Record<string, PartnershipDetails>; rejected: RejectedRecord[] } {
  const entries = Object.entries(byId);
  const { rejected } = checkList(
    'details',
    entries.map(([, item]) => item),
    DETAILS_SHAPE,
    // Ids are the file's keys, so none repeats.
    'id',
    (d) => {
      const savings = d.savings as { source: number } | null;
      return savings && savings.source >= (d.sources as unknown[]).length ? { field: 'savings.source', reason: 'invalidField' } : null;
    },
    (_item, index) => entries[index]![0],
  );
  const left = new Set(rejected.map((r) => r.position));
  // No prototype: an id such as "constructor" or "__proto__" must look up only what the file holds.
  const kept = Object.create(null) as Record<string, PartnershipDetails>;
  entries.forEach(([id, item], index) => {
    if (!left.has(index + 1)) kept[id] = item as PartnershipDetails;
  });
  return { kept, rejected };
}


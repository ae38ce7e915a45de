// The field checks both record checkers are built from: the build's
// (validatePartnerships.ts: the records as committed, every problem worded
// with what to do) and the app's (src/data/checkRecords.ts: the bundled data
// as loaded, a bad record left out). Each is a test of one value, and tests
// combine into tests of lists, of optional fields and of whole objects.
//
// Hand-written rather than a schema library (zod, valibot …): the app's
// checks load with the first view, whose script budget (150 KB gzipped,
// tests/budgets.test.ts) has little room left, and the build's checks word
// nearly every problem on their own (the year range, the closest council, the
// number of sources), which a library's generic messages would not save.
// It imports nothing: when it imported safeUrl.ts, which the partnership text
// (loaded after the first view) imports too, the bundler split the first
// view's script into three files, 1.3 KB more gzipped.

export type Json = Record<string, unknown>;

/** Does a value pass? */
export type Test = (value: unknown) => boolean;

/** Reports a problem with a field: what is wrong and what to do. */
export type Report = (field: string, message: string, fix: string) => void;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
/** Text with something in it besides spaces. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** A whole number from `low` to `high`, both included. */
export const wholeNumberIn =
  (low: number, high: number): Test =>
  (value) =>
    isWholeNumber(value) && value >= low && value <= high;

/** An index into a list of `length` items. */
export const indexInto = (length: number): Test => wholeNumberIn(0, length - 1);

export const optional =
  (test: Test): Test =>
  (value) =>
    value === undefined || test(value);

export const nullable =
  (test: Test): Test =>
  (value) =>
    value === null || test(value);

export const listOf =
  (test: Test): Test =>
  (value) =>
    Array.isArray(value) && value.every(test);

/** One of a closed set of values (an enumeration of types.ts). */
export const oneOf = <T extends string>(allowed: readonly T[]) => {
  const values = new Set<unknown>(allowed);
  return (value: unknown): value is T => values.has(value);
};

/** An object's fields and their tests, as a list: checked for every record, so looked up once. */
export type Shape = readonly (readonly [string, Test])[];

export const shapeOf = (fields: Record<string, Test>): Shape => Object.entries(fields);

/** The first field of `value` that fails its test, or null. */
export function badField(value: Json, shape: Shape): string | null {
  for (const [field, test] of shape) if (!test(value[field])) return field;
  return null;
}

/** An object whose fields pass their tests. */
export const shaped = (fields: Record<string, Test>): Test => {
  const shape = shapeOf(fields);
  return (value) => isObject(value) && badField(value, shape) === null;
};

/** The choices as a problem's fix lists them: "a", "b" or "c". */
export function quotedChoices(choices: readonly string[]): string {
  const quoted = choices.map((choice) => `"${choice}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * A value as a message quotes it. JSON.stringify throws on a bigint and
 * writes NaN and Infinity as null; the checker takes any value (its input
 * is `unknown`) and must report it rather than throw, so this never throws.
 */
export function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return `a ${Array.isArray(value) ? 'list' : typeof value} that JSON cannot hold`;
  }
}

/** Reports of the fields inside one field: `within(report, 'savings')` reports "low" as "savings.low". */
export function within(report: Report, field: string): Report {
  return (inner, message, fix) => report(`${field}.${inner}`, message, fix);
}

/**
 * A source date as the README writes it (YYYY, YYYY-MM or YYYY-MM-DD) that
 * is also a day of the calendar: the pattern alone let "2017-13-01" and
 * "2017-02-30" through, and the page showed them as other days (30
 * February as 2 March).
 */
export function isSourceDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  // setUTCFullYear rolls 30 February over into March (and, unlike Date.UTC, keeps years 0–99 as written).
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A day of the calendar written in full, YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isSourceDate(value);
}

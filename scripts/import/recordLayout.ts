// The layout of the hand-written files in data/partnerships/, so that a
// record the import writes (or writes again) differs from the committed file
// only where its content does: two-space indents, every key on its own line,
// a list of strings or numbers on one line (["E07000011", "E07000012"]).
// About a third of the files also put each quoted passage and each
// membership change on one line ({ "text": "…", "supports": ["councils"] }),
// as data/README.md's example does: that is the second layout, and a file
// written again keeps whichever of the two it had.

export type RecordLayout = 'expanded' | 'one-line-items';

export const RECORD_LAYOUTS: readonly RecordLayout[] = ['expanded', 'one-line-items'];

/** The lists whose items the 'one-line-items' layout writes one per line. */
const ONE_LINE_LISTS = new Set(['passages', 'membershipChanges']);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || typeof value !== 'object';
const isFlat = (value: unknown) => isScalar(value) || (Array.isArray(value) && value.every(isScalar));

/**
 * JSON.stringify's text of a scalar, with the C1 control characters and
 * DEL escaped too (JSON.stringify escapes only C0): the same value, and no
 * byte in the file that a terminal would act on when it is printed.
 */
function scalar(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length ? `{ ${entries.map(([k, v]) => `${scalar(k)}: ${inline(v)}`).join(', ')} }` : '{}';
  }
  return scalar(value);
}

function format(value: unknown, indent: string, layout: RecordLayout, key?: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isScalar)) return inline(value);
    const oneLine = layout === 'one-line-items' && key !== undefined && ONE_LINE_LISTS.has(key);
    const items = value.map((item) => (oneLine && isPlainObject(item) && Object.values(item).every(isFlat) ? inline(item) : format(item, inner, layout)));
    return `[\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${indent}]`;
  }
  if (isPlainObject(value)) {
    // As JSON.stringify: a key whose value is undefined is left out.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${scalar(k)}: ${format(v, inner, layout, k)}`).join(',\n')}\n${indent}}`;
  }
  return scalar(value);
}

/** A record (or a list of records) as the text of a file in data/partnerships/, ending with a line break. */
export function formatRecordJson(value: unknown, layout: RecordLayout = 'expanded'): string {
  return `${format(value, '', layout)}\n`;
}

/** The layout that gives back exactly this text, or null when neither does (not JSON, or laid out some other way). */
export function layoutOf(text: string): RecordLayout | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return RECORD_LAYOUTS.find((layout) => formatRecordJson(value, layout) === text) ?? null;
}

/**
 * The value with its keys in the order the model has them (the committed
 * file a record replaces), keys the model lacks after them in their own
 * order; lists are matched item by item. Only the order changes.
 */
export function orderKeysLike<T>(value: T, model: unknown): T {
  if (Array.isArray(value)) {
    return value.map((item, i) => orderKeysLike(item, Array.isArray(model) ? model[i] : undefined)) as T;
  }
  if (!isPlainObject(value)) return value;
  const modelKeys = isPlainObject(model) ? Object.keys(model) : [];
  const keys = [...modelKeys.filter((k) => k in value), ...Object.keys(value).filter((k) => !modelKeys.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, orderKeysLike(value[k], isPlainObject(model) ? model[k] : undefined)])) as T;
}

/** The layout closest to a text that neither gives back exactly: the one with fewest lines the text lacks. */
export function nearestLayout(text: string, value: unknown): RecordLayout {
  const lines = new Set(text.split('\n').map((line) => line.trim()));
  const lacking = (layout: RecordLayout) => formatRecordJson(value, layout).split('\n').filter((line) => !lines.has(line.trim())).length;
  return RECORD_LAYOUTS.reduce((best, layout) => (lacking(layout) < lacking(best) ? layout : best));
}

import { readFile } from 'node:fs/promises';

export class JsonSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`${file}:${line}:${column}: malformed JSON: ${detail}`);
    this.name = 'JsonSyntaxError';
  }
}

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** JSON.parse, with errors that say where: V8 reports a position, people want a line and column. */
export function parseJson(raw: string, file: string): unknown {
  // A byte-order mark (some Windows editors write one) is not JSON; dropped
  // before parsing, and before counting, so the place of an error is where
  // the person sees it.
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol) throw new JsonSyntaxError(file, Number(lineCol[1]), Number(lineCol[2]), message.replace(/\s*\(line.*\)$/, ''));
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    throw new JsonSyntaxError(file, line, column, message.replace(/ in JSON at position \d+.*$/, ''));
  }
}

export async function readJson(file: string): Promise<unknown> {
  return parseJson(await readFile(file, 'utf8'), file);
}

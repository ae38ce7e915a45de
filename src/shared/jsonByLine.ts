// A JSON object written one member to a line, so that a reader can parse it
// in steps: the partnerships' details (2.2 MB) parsed in one JSON.parse took
// a task of about 90 ms on a phone's slowed CPU. The file is still plain
// JSON, one object, which any JSON reader takes whole.

/** The object as JSON: `{`, then each member on a line of its own, then `}`. */
export function stringifyByLine(value: Readonly<Record<string, unknown>>): string {
  const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}:${JSON.stringify(member)}`);
  return members.length ? `{\n${members.join(',\n')}\n}\n` : '{}\n';
}

/**
 * Parse JSON text: if it is laid out as stringifyByLine writes it, `linesPerStep`
 * members at a time, pausing between steps; any other text whole, as
 * JSON.parse would (and with its error when it is not JSON).
 */
export async function parseByLine(text: string, pause: () => Promise<void>, linesPerStep = 60): Promise<unknown> {
  const lines = text.split('\n');
  // Written by stringifyByLine: each member starts its line (indented, pretty-printed JSON does not).
  if (lines[0] !== '{' || !lines[1]?.startsWith('"')) return JSON.parse(text);
  const end = lines.lastIndexOf('}');
  if (end < 2 || lines.slice(end + 1).some((line) => line.trim() !== '')) return JSON.parse(text);
  const members = lines.slice(1, end);
  const entries: [string, unknown][] = [];
  for (let start = 0; start < members.length; start += linesPerStep) {
    if (start > 0) await pause();
    const step = members.slice(start, start + linesPerStep);
    const last = start + linesPerStep >= members.length;
    // Every member but the file's last ends with its comma: a missing or extra one is JSON.parse's to report.
    if (step[step.length - 1]!.endsWith(',') === last) return JSON.parse(text);
    const body = step.join('\n');
    let part: Record<string, unknown>;
    try {
      part = JSON.parse(`{${last ? body : body.slice(0, -1)}}`) as Record<string, unknown>;
    } catch {
      // Not whole members after all: the text whole, as JSON.parse reads it.
      return JSON.parse(text);
    }
    entries.push(...Object.entries(part));
  }
  // fromEntries defines each member as JSON.parse does (a "__proto__" member stays a member, not the prototype).
  return Object.fromEntries(entries);
}

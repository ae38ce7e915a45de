import type { MembershipChange } from '../../src/shared/types';
import { notPartner, resolveCouncil, type RowCouncil } from './resolveCouncil';
import type { RowReader } from './rowReader';

// A row's membership changes: "Southwark joined 2017 (source 2): note", one per line.

export interface ParsedChange {
  text: string;
  joined?: number;
  left?: number;
  source?: number;
  note?: string;
}

const CHANGE_LINE = /^(.+?)\s+(joined|left)\s+(?:in\s+)?(\d{4})(?:\s*(?:,|and)?\s+(joined|left)\s+(?:in\s+)?(\d{4}))?(?:\s*\(\s*source\s*#?\s*(\d+)\s*\))?\s*(?::\s*([\s\S]*))?$/i;

/** "Southwark joined 2017 (source 2): note" — one change per line. */
export function parseChangeLine(line: string): ParsedChange | undefined {
  const match = CHANGE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, text, verb1, year1, verb2, year2, source, note] = match;
  const change: ParsedChange = { text: text!.trim() };
  for (const [verb, year] of [
    [verb1, year1],
    [verb2, year2],
  ] as const) {
    if (!verb || !year) continue;
    if (verb.toLowerCase() === 'joined') change.joined = Number(year);
    else change.left = Number(year);
  }
  if (source) change.source = Number(source) - 1;
  if (note !== undefined && note.trim()) change.note = note.trim();
  return change;
}

/** The value at a checker's field path ("membershipChanges[1].source") of a record. */

/** The membership changes cell, one change per line; a line that is not one is an error. */
export function readChangeLines(reader: RowReader): ParsedChange[] {
  const changeText = reader.cell('membershipChanges');
  const changes: ParsedChange[] = [];
  if (!changeText) return changes;
  for (const line of changeText.split('\n').filter((l) => l.trim())) {
    const change = parseChangeLine(line);
    if (change) changes.push(change);
    else reader.error('membershipChanges', `"${line.trim()}" is not a change: write "COUNCIL joined YEAR (source N): note" or "COUNCIL left YEAR (source N)", one per line`);
  }
  return changes;
}

/** The changes as records write them, each council one of the row's, named as it was when it joined. */
export function readMembershipChanges(reader: RowReader, changes: readonly ParsedChange[], councils: readonly RowCouncil[], startYear: number | null): MembershipChange[] {
  const membershipChanges: MembershipChange[] = [];
  for (const change of changes) {
    const code = resolveCouncil(reader, 'membershipChanges', change.text, change.joined ?? startYear, councils);
    if (!code) continue;
    if (councils.length && !councils.some((c) => c.code === code)) notPartner(reader, 'membershipChanges', change.text, code);
    if (change.source === undefined) reader.note('membershipChanges', `no source for "${change.text}": took source 1`);
    membershipChanges.push({
      council: code,
      ...(change.joined !== undefined ? { joined: change.joined } : {}),
      ...(change.left !== undefined ? { left: change.left } : {}),
      source: change.source ?? 0,
      ...(change.note !== undefined ? { note: change.note } : {}),
    });
  }
  return membershipChanges;
}

import type { Problem } from '../../src/shared/validatePartnerships';

/** One problem per line: the record, the field, what is wrong, and what to do. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.record}  ${p.field}: ${p.message}\n    → ${p.fix}`).join('\n');
}

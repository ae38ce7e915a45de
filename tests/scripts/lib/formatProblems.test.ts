import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../scripts/lib/formatProblems';

describe('formatProblems', () => {
  it('writes each problem on a line, with what to do under it', () => {
    expect(
      formatProblems([
        { record: 'east-kent-hr', field: 'startYear', message: 'not a year', fix: 'write four digits' },
        { record: 'tri-borough', field: 'sources[0].url', message: 'not a web address', fix: 'give the https:// address' },
      ]),
    ).toBe('east-kent-hr  startYear: not a year\n    → write four digits\ntri-borough  sources[0].url: not a web address\n    → give the https:// address');
    expect(formatProblems([])).toBe('');
  });
});

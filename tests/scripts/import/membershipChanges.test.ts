import { describe, expect, it } from 'vitest';
import { parseChangeLine } from '../../../scripts/import/membershipChanges';
import { errors, GOOD, run } from '../../helpers/importSheet';

describe('parseChangeLine', () => {
  it('reads the council, the years, the source and the note of a change line', () => {
    expect(parseChangeLine('Southwark joined 2017 (source 2): approved by cabinet: 20 June')).toEqual({ text: 'Southwark', joined: 2017, source: 1, note: 'approved by cabinet: 20 June' });
    expect(parseChangeLine('E09000028 joined in 2015 and left 2018')).toEqual({ text: 'E09000028', joined: 2015, left: 2018 });
    expect(parseChangeLine('Southwark came and went')).toBeUndefined();
  });
});

describe('readChangeLines and readMembershipChanges', () => {
  it('report a line that is not a change, and a council that is not a partner', () => {
    expect(errors(run({ ...GOOD, 'membership changes': 'Dover came and went' }))).toEqual([
      'row 2, membership changes: "Dover came and went" is not a change: write "COUNCIL joined YEAR (source N): note" or "COUNCIL left YEAR (source N)", one per line',
    ]);
    expect(errors(run({ ...GOOD, 'membership changes': 'RBKC left 2015 (source 1)' }))[0]).toMatch(/^row 2, membership changes: "RBKC" \(E09000020 .*\) is not one of the councils: add it to councils, or correct it$/);
  });
});

import { describe, expect, it } from 'vitest';
import { GROUP_MIN_COUNCILS, splitByMembership } from '../../src/model/membership';
import { makeAppData, partnership } from '../helpers/appData';

const data = makeAppData();
const five = ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'];

describe('splitByMembership', () => {
  it('draws partnerships of fewer than five councils as links and the rest as groups', () => {
    expect(GROUP_MIN_COUNCILS).toBe(5);
    const pair = partnership({ id: 'pair', councils: five.slice(0, 2) });
    const four = partnership({ id: 'four', councils: five.slice(0, 4) });
    const group = partnership({ id: 'group', councils: five });
    const split = splitByMembership([pair, four, group], 2015, data);
    expect(split.linked.map((p) => p.id)).toEqual(['pair', 'four']);
    expect(split.groups.map((g) => g.partnership.id)).toEqual(['group']);
    expect(split.groups[0]!.members).toEqual(five);
  });

  it('puts the mark on the lead council when it is a member, else on the member nearest the others', () => {
    const led = partnership({ id: 'led', councils: five, lead: 'E10000002' });
    expect(splitByMembership([led], 2015, data).groups[0]).toMatchObject({ mark: 'E10000002', markPoint: [-0.8, 51.8] });
    const unled = partnership({ id: 'unled', councils: five });
    // The Suffolk councils sit together; Buckinghamshire is far off: the mark is in Suffolk.
    expect(['E10000029', 'E07000201', 'E07000204', 'E07000200']).toContain(splitByMembership([unled], 2015, data).groups[0]!.mark);
  });

  it('counts the councils drawn for the year: a merger can make a group a set of links', () => {
    // Forest Heath and St Edmundsbury are one council (West Suffolk) from 2019.
    const p = partnership({ id: 'p', councils: five });
    expect(splitByMembership([p], 2015, data).groups).toHaveLength(1);
    expect(splitByMembership([p], 2020, data).linked).toHaveLength(1);
  });
});

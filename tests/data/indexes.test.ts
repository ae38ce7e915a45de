import { describe, expect, it } from 'vitest';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import { makeAppData, partnership, PARTNERSHIPS } from '../helpers/appData';

describe('buildIndexes', () => {
  const data = makeAppData();

  it('looks up councils, services and partnerships by their keys', () => {
    expect(data.councilByCode.get('E09000015')?.shortName).toBe('Harrow');
    expect(data.serviceById.get('legal')?.label).toBe('Legal');
    expect(data.serviceOrder.get('management')).toBe(0);
    expect(data.serviceOrder.get('hr-payroll')).toBe(1);
    expect(data.partnershipById.get('hb-public-law')?.name).toBe('HB Public Law');
  });

  it('lists each council\'s partnerships, joined later or not, in the order of the file', () => {
    expect(data.partnershipsByCouncil.get('E09000015')?.map((p) => p.id)).toEqual(['hb-public-law', 'harrow-barnet-hr']);
    expect(data.partnershipsByCouncil.get('E10000002')?.map((p) => p.id)).toEqual(['hb-public-law']);
    expect(data.partnershipsByCouncil.has('E06000060')).toBe(false);
  });

  it('ranks partnerships by the middle of their yearly savings, largest first, then by name', () => {
    const ranked = [...data.listRank.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(ranked).toEqual(['west-suffolk', 'suffolk-ict', 'hb-public-law', 'harrow-barnet-hr', 'cardiff-vale-regulatory']);
  });

  it('lists the nations in their order, each with its regions sorted and without itself', () => {
    expect(data.areas).toEqual([
      { nation: 'England', regions: ['East of England', 'London', 'South East'] },
      { nation: 'Wales', regions: [] },
    ]);
  });

  it('runs the year control from the earliest start to the latest boundary year', () => {
    expect([data.firstYear, data.lastYear]).toEqual([2009, LAST_BOUNDARY_YEAR]);
    const undated = makeAppData([partnership({ id: 'x', councils: ['E09000015', 'E09000003'], startYear: null })]);
    expect(undated.firstYear).toBe(LAST_BOUNDARY_YEAR);
  });

  it('keeps the loaded records as they are', () => {
    expect(data.partnerships).toBe(PARTNERSHIPS);
  });
});

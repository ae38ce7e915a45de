import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCouncils } from '../../../scripts/build/buildCouncils';

const fixture = (file: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', file), 'utf8');
const result = buildCouncils({ register: fixture('register.csv'), lookup: fixture('ltla14-lookup.csv'), changes: fixture('changes.csv') });
const byKey = Object.fromEntries(result.councils.map((c) => [c.registerKey, c]));

describe('buildCouncils', () => {
  it('keeps councils and leaves out other authorities', () => {
    expect(Object.keys(byKey).sort()).toEqual(['AGY', 'BAS', 'BKM', 'BNS', 'BUC', 'CHN', 'CRF', 'FIF', 'FOR', 'HAM', 'NIR-A', 'SFK', 'SRY', 'WSK']);
  });

  it('gives type, tier, names, region and nation', () => {
    expect(byKey.HAM).toMatchObject({ code: 'E10000014', name: 'Hampshire County Council', shortName: 'Hampshire', type: 'county', tier: 'upper', region: 'South East', nation: 'England' });
    expect(byKey.BAS).toMatchObject({ type: 'district', tier: 'lower', altNames: [] });
    expect(byKey.CRF).toMatchObject({ type: 'welsh', tier: 'unitary', region: 'Wales' });
  });

  it('gives an abolished English council with no region in the register its successor\'s region', () => {
    const register = fixture('register.csv').replace('2020-03-31,BUC,England,South East,NMD', '2020-03-31,BUC,England,,NMD');
    expect(register).toContain('CHN,Chiltern District Council,Chiltern,E07000005,,2020-03-31,BUC,England,,NMD');
    const chiltern = buildCouncils({ register, lookup: fixture('ltla14-lookup.csv'), changes: fixture('changes.csv') }).councils.find((c) => c.registerKey === 'CHN');
    expect(chiltern).toMatchObject({ region: 'South East', nation: 'England' });
  });

  it('turns register dates into boundary years, ignoring dates that only mark when the register began', () => {
    expect(byKey.BKM).toMatchObject({ lastYear: 2019, successors: ['E06000060'] });
    expect(byKey.BKM!.firstYear).toBeUndefined();
    expect(byKey.BUC).toMatchObject({ firstYear: 2020, predecessors: ['E10000002', 'E07000005'] });
    expect(byKey['NIR-A']).toMatchObject({ code: 'NIR-A', lastYear: 2014 });
  });

  it("takes a district's county from the ONS lookup, also for districts formed by merger, and notes register disagreements", () => {
    expect(byKey.BAS!.counties).toEqual([{ county: 'E10000014' }]);
    expect(byKey.CHN!.counties).toEqual([{ county: 'E10000002', to: 2019 }]);
    expect(byKey.FOR!.counties).toEqual([{ county: 'E10000029', to: 2018 }]);
    expect(byKey.WSK!.counties).toEqual([{ county: 'E10000029', from: 2019 }]);
    expect(result.warnings.join('\n')).toContain('Forest Heath District Council the county E10000030');
  });

  it('uses the newest code and keeps former ones', () => {
    expect(byKey.BNS).toMatchObject({ code: 'E08000038', formerCodes: ['E08000016'] });
    expect(byKey.FIF).toMatchObject({ code: 'S12000047', formerCodes: ['S12000015'] });
    expect(result.codeToCouncil.get('E08000016')).toBe('E08000038');
    expect(result.codeToCouncil.get('S12000015')).toBe('S12000047');
  });

  it('finds Welsh names in the alternative names, repairing the one the register garbled', () => {
    expect(byKey.CRF!.nameCy).toBe('Caerdydd');
    expect(byKey.AGY!.nameCy).toBe('Sir Ynys Môn');
    expect(byKey.AGY!.altNames.join()).not.toContain('ï¿½');
    expect(byKey.HAM!.nameCy).toBeUndefined();
  });

  it("leaves out an alternative name that is a joint arrangement of the council and a neighbour", () => {
    const header = fixture('register.csv').split('\n')[0]!;
    const register = [
      header,
      'ADU,Adur District Council,Adur,E07000223,,,,England,South East,NMD,Non-metropolitan district,WSX,,,,50.83,-0.30',
      'WOT,Worthing Borough Council,Worthing,E07000229,,,,England,South East,NMD,Non-metropolitan district,WSX,,"adur and worthing borough council,worthing council",,50.82,-0.37',
    ].join('\n');
    const { councils, warnings } = buildCouncils({ register, lookup: fixture('ltla14-lookup.csv'), changes: fixture('changes.csv') });
    expect(councils.find((c) => c.shortName === 'Worthing')!.altNames).toEqual(['worthing council']);
    expect(warnings).toContain('register gives Worthing Borough Council the joint name "adur and worthing borough council": left out of its names');
  });
});

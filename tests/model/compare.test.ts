import { describe, expect, it } from 'vitest';
import { compareCouncils } from '../../src/model/compare';
import { makeAppData } from '../helpers/appData';

describe('compareCouncils', () => {
  const data = makeAppData();
  const all = data.partnerships;

  it('lists the partnerships two or more compared councils share, most shared first', () => {
    const result = compareCouncils(['E09000015', 'E09000003', 'E10000029'], all, null, data);
    expect(result.shared.map((s) => [s.partnership.id, s.councils])).toEqual([
      ['harrow-barnet-hr', ['E09000015', 'E09000003']],
      ['hb-public-law', ['E09000015', 'E09000003']],
    ]);
  });

  it('shares nothing between councils with no partnership in common', () => {
    expect(compareCouncils(['E09000015', 'W06000015'], all, null, data).shared).toEqual([]);
  });

  it('gives each council its partnerships by service area in the taxonomy’s order, and whom it shares with', () => {
    const [harrow] = compareCouncils(['E09000015'], all, null, data).councils;
    expect(harrow!.byService.map((s) => [s.service, s.partnerships.map((p) => p.id)])).toEqual([
      ['hr-payroll', ['harrow-barnet-hr']],
      ['legal', ['hb-public-law']],
    ]);
    expect(harrow!.partners.sort()).toEqual(['E09000003', 'E10000002']);
  });

  it('counts a council’s share of a partnership’s savings, not the whole', () => {
    const [suffolk] = compareCouncils(['E10000029'], all, 2015, data).councils;
    // Suffolk ICT: £200,000 to £999,999 among four councils.
    expect(suffolk!.savings.low).toBeCloseTo(50_000);
    expect(suffolk!.savings.high).toBeCloseTo(249_999.75);
    expect(suffolk!.savings.withEstimate).toBe(1);
  });

  it('follows the filters: only the partnerships shown count', () => {
    const shown = all.filter((p) => p.id !== 'harrow-barnet-hr');
    const result = compareCouncils(['E09000015', 'E09000003'], shown, null, data);
    expect(result.shared.map((s) => s.partnership.id)).toEqual(['hb-public-law']);
    expect(result.councils[0]!.byService.map((s) => s.service)).toEqual(['legal']);
  });

  it('leaves out a code the data does not know', () => {
    expect(compareCouncils(['E09000015', 'X0000000'], all, null, data).councils.map((c) => c.code)).toEqual(['E09000015']);
  });
});

import { describe, expect, it } from 'vitest';
import { judge } from '../../../scripts/bench/targets';
import { sizeResultOf } from '../../helpers/benchResults';

describe('judge', () => {
  it('judges the real data on load and first-view bytes, by the median', () => {
    const targets = judge([sizeResultOf('real', { mapReady: [400, 450, 900], linksShown: [600, 700] })]);
    const byId = new Map(targets.map((t) => [t.id, t]));
    expect([...byId.keys()]).toEqual(['map-ready-real', 'links-shown-real', 'transfer-js', 'transfer-data']);
    expect(byId.get('map-ready-real')).toMatchObject({ met: true, measured: '450 ms (median)', limit: '≤ 500 ms', profile: 'load' });
    expect(byId.get('links-shown-real')).toMatchObject({ met: false, measured: '650 ms (median)' });
    expect(byId.get('transfer-js')).toMatchObject({ met: true, measured: '100.0 KB', profile: null });
    expect(byId.get('transfer-data')).toMatchObject({ met: false, measured: '300.0 KB' });
  });

  it('judges clicks, filters, pan and zoom with the synthetic datasets', () => {
    const targets = judge([sizeResultOf('10000', { select: [40, 60, 70], filterOn: [30] }), sizeResultOf('50000', { select: [140] })]);
    const byId = new Map(targets.map((t) => [t.id, t]));
    expect(byId.get('select-10000')).toMatchObject({ met: false, profile: 'select' });
    expect(byId.get('filter-on-10000')).toMatchObject({ met: true, profile: 'filterOn' });
    expect(byId.get('filter-off-10000')).toMatchObject({ met: null, measured: 'not measured' });
    expect(byId.get('select-50000')).toMatchObject({ met: true, limit: '≤ 150 ms' });
    // Pan frames 16, 17, 17 ms; zoom frames 16 and 44 ms.
    expect(byId.get('pan-10000')).toMatchObject({ met: true, profile: 'pan' });
    expect(byId.get('zoom-10000')).toMatchObject({ met: false, measured: '33.3 fps, longest frame 44 ms (medians)' });
    expect(byId.has('map-ready-real')).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  FIGURE_KINDS,
  MAX_COMPARE,
  LANGS,
  parseAccent,
  parseViewState,
  SAVINGS_BANDS,
  serializeViewState,
  STATUSES,
  TABLE_COLUMNS,
  type ViewState,
  type ViewStateContext,
} from '../../src/model/viewState';

const context: ViewStateContext = {
  councils: new Set(['E10000014', 'E09000015', 'E06000060']),
  partnerships: new Set(['orbis', 'hb-public-law']),
  serviceIds: ['management', 'hr-payroll', 'ict', 'legal'],
  areaSlugs: ['england', 'wales', 'london', 'south-east'],
  firstYear: 2007,
  lastYear: 2025,
};

describe('parseViewState', () => {
  it('reads every setting of the issue’s example', () => {
    const state = parseViewState('?council=E10000014&services=ict,hr-payroll&year=2012&partnership=orbis&view=table', context);
    expect(state).toEqual({ ...DEFAULT_STATE, council: 'E10000014', services: ['hr-payroll', 'ict'], year: 2012, partnership: 'orbis', view: 'table' });
  });

  it('ignores unknown and malformed parameters without failing', () => {
    const state = parseViewState('?council=E99999999&services=ict,catering,,&year=20x2&view=globe&lang=fr&savings=lots&status=paused&area=atlantis&sort=-colour&foo=bar&partnership=%ZZ', context);
    expect(state).toEqual({ ...DEFAULT_STATE, services: ['ict'] });
  });

  it('ignores a year outside the data’s range', () => {
    expect(parseViewState('year=1990', context).year).toBeNull();
    expect(parseViewState('year=2030', context).year).toBeNull();
  });

  it('reads the embed options, validating height and accent', () => {
    expect(parseViewState('embed=1&list=1&height=600&accent=C0FFEE', context).embed).toEqual({ list: true, height: 600, accent: '#c0ffee' });
    expect(parseViewState('embed=1&height=99999&accent=red;background:url(x)', context).embed).toEqual({ list: false, height: null, accent: null });
    expect(parseViewState('list=1', context).embed).toBeNull();
  });

  it('accepts #rgb and #rrggbb accents and nothing else', () => {
    expect(parseAccent('#abc')).toBe('#aabbcc');
    expect(parseAccent('1d5fa7')).toBe('#1d5fa7');
    expect(parseAccent('javascript:alert(1)')).toBeNull();
    expect(parseAccent('#12345')).toBeNull();
  });
});

describe('serializeViewState', () => {
  it('leaves defaults out', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
  });

  it('writes lists with plain commas', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, services: ['hr-payroll', 'ict'], council: 'E10000014' })).toBe('council=E10000014&services=hr-payroll,ict');
  });
});

const subset = <T>(values: readonly T[]) => fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));

const viewStates: fc.Arbitrary<ViewState> = fc.record({
  council: fc.option(fc.constantFrom(...context.councils as Set<string>), { nil: null }),
  partnership: fc.option(fc.constantFrom('orbis', 'hb-public-law'), { nil: null }),
  services: subset(context.serviceIds),
  savings: subset(SAVINGS_BANDS),
  status: subset(STATUSES),
  area: fc.option(fc.constantFrom(...context.areaSlugs), { nil: null }),
  year: fc.option(fc.integer({ min: context.firstYear, max: context.lastYear }), { nil: null }),
  view: fc.constantFrom('map' as const, 'table' as const),
  sort: fc.option(
    fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), descending: fc.boolean() }).filter((s) => s.column !== 'name' || s.descending),
    { nil: null },
  ),
  lang: fc.constantFrom(...LANGS),
  embed: fc.option(
    fc.record({
      list: fc.boolean(),
      height: fc.option(fc.integer({ min: 200, max: 4000 }), { nil: null }),
      accent: fc.option(fc.stringMatching(/^#[0-9a-f]{6}$/), { nil: null }),
    }),
    { nil: null },
  ),
  layer: fc.constantFrom('links' as const, 'areas' as const),
  measure: fc.oneof(
    fc.constant({ kind: 'count' as const }),
    fc.constant({ kind: 'savings' as const }),
    fc.constantFrom(...context.serviceIds).map((service) => ({ kind: 'service' as const, service })),
  ),
  compare: fc.uniqueArray(fc.constantFrom(...(context.councils as Set<string>)), { maxLength: MAX_COMPARE }),
  figures: subset(FIGURE_KINDS),
});

describe('the map layer, the areas measure, the comparison and the figures filter', () => {
  it('are read from the address and written back', () => {
    const [a, b] = [...(context.councils as Set<string>)];
    const query = `show=areas&colour=${context.serviceIds[0]}&compare=${a},${b!.toLowerCase()},${a}&figures=target`;
    const state = parseViewState(query, context);
    expect(state).toMatchObject({ layer: 'areas', measure: { kind: 'service', service: context.serviceIds[0] }, compare: [a, b], figures: ['target'] });
    expect(serializeViewState(state)).toBe(`show=areas&colour=${context.serviceIds[0]}&compare=${a},${b}&figures=target`);
  });

  it('ignore what is not theirs: an unknown measure is the count, unknown councils are dropped, at most four are compared', () => {
    const codes = [...(context.councils as Set<string>)];
    const state = parseViewState(`show=nonsense&colour=__proto__&compare=XX,${codes.join(',')}`, context);
    expect(state.layer).toBe('links');
    expect(state.measure).toEqual({ kind: 'count' });
    expect(state.compare).toEqual(codes.slice(0, MAX_COMPARE));
  });
});

describe('parse and serialize', () => {
  it('round-trip every valid view state', () => {
    fc.assert(
      fc.property(viewStates, (state) => {
        expect(parseViewState(serializeViewState(state), context)).toEqual(state);
      }),
    );
  });

  it('never throw on any query string', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        parseViewState(query, context);
      }),
    );
  });
});

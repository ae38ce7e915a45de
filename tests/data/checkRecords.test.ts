import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCouncils, checkPartnerships, checkServices, checkTopology } from '../../src/data/checkRecords';
import { splitPartnerships } from '../../scripts/build/bundleData';
import { COUNCILS, PARTNERSHIPS, SERVICES } from '../helpers/appData';

const councilCodes = new Set(COUNCILS.map((c) => c.code));
const serviceIds = new Set(SERVICES.map((s) => s.id));
const { summaries } = splitPartnerships(PARTNERSHIPS);

// Values a hand-edited file might hold in place of the right one.
const wrongValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('   '),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-Number.MAX_VALUE),
  fc.constant({}),
  fc.constant([]),
  fc.constant([null]),
  fc.constant(true),
  fc.constant('<img src=x onerror=alert(1)>'),
);

/** A copy of `record` with `field` replaced by `value` (undefined deletes it). */
function withField(record: object, field: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

describe('checkPartnerships', () => {
  it('keeps every good record', () => {
    const result = checkPartnerships(summaries, councilCodes, serviceIds);
    expect(result.kept).toEqual(summaries);
    expect(result.rejected).toEqual([]);
  });

  it('says which record and which field is wrong', () => {
    const records = [
      summaries[0],
      'not a record',
      withField(summaries[1]!, 'status', 'paused'),
      withField(summaries[2]!, 'services', ['ict', 'juggling']),
      { ...summaries[0] },
      withField(summaries[1]!, 'estimate', { low: 5, high: 1 }),
      withField(summaries[1]!, 'lead', 'W06000015'),
      withField(summaries[1]!, 'councils', ['E09000015', 'E09000015']),
    ];
    expect(checkPartnerships(records, councilCodes, serviceIds).rejected).toEqual([
      { kind: 'partnership', position: 2, id: null, field: null, reason: 'notAnObject' },
      { kind: 'partnership', position: 3, id: summaries[1]!.id, field: 'status', reason: 'invalidField' },
      { kind: 'partnership', position: 4, id: summaries[2]!.id, field: 'services[1]', reason: 'unknownService' },
      { kind: 'partnership', position: 5, id: summaries[0]!.id, field: 'id', reason: 'duplicate' },
      { kind: 'partnership', position: 6, id: summaries[1]!.id, field: 'estimate', reason: 'invalidField' },
      { kind: 'partnership', position: 7, id: summaries[1]!.id, field: 'lead', reason: 'unknownCouncil' },
      { kind: 'partnership', position: 8, id: summaries[1]!.id, field: 'councils', reason: 'duplicate' },
    ]);
  });

  it('property: whatever a file holds, every record is either kept as it was or reported, and the good ones are kept', () => {
    const required = ['id', 'name', 'councils', 'services', 'startYear', 'endYear', 'status', 'estimate'];
    const nullable = ['startYear', 'endYear', 'estimate'];
    const broken = fc
      .tuple(fc.constantFrom(...summaries), fc.constantFrom(...required), wrongValue)
      .filter(([, field, value]) => !(value === null && nullable.includes(field)) && !(typeof value === 'string' && value.trim() !== '' && (field === 'id' || field === 'name')))
      .map(([record, field, value]) => withField(record, field, value));
    const item = fc.oneof(
      fc.record({ good: fc.constant(true), value: fc.constantFrom(...summaries) }),
      fc.record({ good: fc.constant(false), value: broken }),
      fc.record({ good: fc.constant(false), value: fc.jsonValue() }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const values = items.map((i) => i.value);
        const { kept, rejected } = checkPartnerships(values, councilCodes, serviceIds);
        expect(kept.length + rejected.length).toBe(values.length);
        for (const r of rejected) expect(values[r.position - 1]).not.toBe(undefined);
        // Each good record is kept unless it repeats an id seen before it.
        const seen = new Set<string>();
        values.forEach((value, index) => {
          const good = items[index]!.good;
          const id = (value as { id?: unknown } | null)?.id;
          if (good && !seen.has(id as string)) expect(kept).toContain(value);
          if (kept.includes(value as never)) seen.add(id as string);
          else expect(rejected.some((r) => r.position === index + 1)).toBe(true);
        });
        // A record with a broken field is never kept.
        items.forEach((i, index) => {
          if (!i.good && typeof i.value === 'object' && i.value !== null && 'councils' in i.value) expect(rejected.some((r) => r.position === index + 1)).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkCouncils and checkServices', () => {
  it('keeps the good ones and reports the rest', () => {
    const councils = checkCouncils([...COUNCILS, withField(COUNCILS[0]!, 'point', [200, 95]), withField(COUNCILS[1]!, 'nation', 'Atlantis')]);
    expect(councils.kept).toEqual(COUNCILS);
    expect(councils.rejected.map((r) => [r.position, r.field, r.reason])).toEqual([
      [COUNCILS.length + 1, 'point', 'invalidField'],
      [COUNCILS.length + 2, 'nation', 'invalidField'],
    ]);
  });

  it('accepts only hex colours, so no CSS value can fetch anything', () => {
    const colours = ['#332288', '#abc', 'red', 'url(https://evil.example/x.png)', '#33228', 'expression(alert(1))', '#332288; background: url(x)'];
    const { kept } = checkServices(colours.map((colour, i) => ({ ...SERVICES[0], id: `s${i}`, colour })));
    expect(kept.map((s) => s.colour)).toEqual(['#332288', '#abc']);
  });

  it('property: never throws, and accounts for every item', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constantFrom(...COUNCILS))), (items) => {
        const councils = checkCouncils(items);
        expect(councils.kept.length + councils.rejected.length).toBe(items.length);
        const services = checkServices(items);
        expect(services.kept.length + services.rejected.length).toBe(items.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkTopology', () => {
  const topology = {
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
    objects: {
      ltla: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], properties: { c: 'E09000015' } },
          { type: 'Polygon', arcs: [[7]], properties: { c: 'E09000003' } },
          { type: 'Polygon', arcs: [[~0]], properties: {} },
        ],
      },
      cty: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: [[[0]]], properties: { c: 'E10000029', l: 2019 } }] },
    },
  };

  it('leaves out shapes that name arcs the file lacks or have no code', () => {
    const result = checkTopology(topology)!;
    expect(result.rejected.map((r) => [r.kind, r.position, r.id])).toEqual([
      ['shape', 2, 'E09000003'],
      ['shape', 3, null],
    ]);
    expect((result.topology.objects.ltla as { geometries: unknown[] }).geometries).toHaveLength(1);
    expect((result.topology.objects.cty as { geometries: unknown[] }).geometries).toHaveLength(1);
  });

  it('refuses a file that is not a topology the map can draw', () => {
    expect(checkTopology({ type: 'FeatureCollection' })).toBeNull();
    expect(checkTopology({ ...topology, arcs: [[[0, 'x']]] })).toBeNull();
    expect(checkTopology({ ...topology, objects: { ltla: topology.objects.ltla } })).toBeNull();
    expect(checkTopology({ ...topology, transform: { scale: [1], translate: [0, 0] } })).toBeNull();
  });

  it('property: never throws on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = checkTopology(value);
        expect(result === null || result.topology.type === 'Topology').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { requestFirstViewData, resetFirstViewRequests } from '../../src/data/firstViewRequests';
import { splitPartnerships } from '../../scripts/build/bundleData';
import { checkedData, DataLoadError, loadData, loadDetails, readTextInSteps } from '../../src/data/loadData';
import { stringifyByLine } from '../../src/shared/jsonByLine';
import { COUNCILS, PARTNERSHIPS, SERVICES } from '../helpers/appData';

const good: Record<string, unknown> = {
  'data/boundaries.topo.json': { type: 'Topology', arcs: [], objects: { ltla: { type: 'GeometryCollection', geometries: [] }, cty: { type: 'GeometryCollection', geometries: [] } } },
  'data/councils.json': COUNCILS,
  'data/services.json': SERVICES,
  'data/partnerships.json': PARTNERSHIPS,
  'data/meta.json': { builtAt: '', counts: {}, sources: [] },
};

function fakeFetch(files: Record<string, unknown>, raw: Record<string, string> = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url in raw) return new Response(raw[url], { status: 200 });
    if (!(url in files)) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(files[url]), { status: 200 });
  }) as typeof fetch;
}

describe('checkedData', () => {
  it('checks and indexes in steps, giving the main thread back before each', async () => {
    const order: string[] = [];
    const warn = console.warn;
    console.warn = () => void order.push('warned');
    try {
      const files = { topology: good['data/boundaries.topo.json'], councils: COUNCILS, services: SERVICES, partnerships: [...PARTNERSHIPS, { id: 'bad' }], meta: good['data/meta.json'] };
      const data = await checkedData(files, async () => void order.push('pause'));
      // The shapes, then the records (the bad one reported), then the indexes.
      expect(order).toEqual(['pause', 'pause', 'warned', 'pause']);
      expect(data.partnershipById.size).toBe(PARTNERSHIPS.length);
    } finally {
      console.warn = warn;
    }
  });
});

describe('loadData', () => {
  afterEach(() => resetFirstViewRequests());

  it('loads every file and builds the indexes', async () => {
    const data = await loadData('', fakeFetch(good));
    expect(data.councilByCode.get('E09000015')?.shortName).toBe('Harrow');
    expect(data.partnershipsByCouncil.get('E09000015')?.map((p) => p.id)).toEqual(['hb-public-law', 'harrow-barnet-hr']);
    expect(data.firstYear).toBe(2009);
    expect(data.areas.map((a) => a.nation)).toEqual(['England', 'Wales']);
  });

  it('takes the requests index.html’s first script made, rather than asking again', async () => {
    const early: string[] = [];
    requestFirstViewData('', (async (input: RequestInfo | URL) => (early.push(String(input)), fakeFetch(good)(input))) as typeof fetch);
    const late: string[] = [];
    const data = await loadData('', (async (input: RequestInfo | URL) => (late.push(String(input)), fakeFetch(good)(input))) as typeof fetch);
    expect(early).toEqual(Object.keys(good));
    expect(late).toEqual([]);
    expect(data.councilByCode.get('E09000015')?.shortName).toBe('Harrow');
  });

  it('says which file is missing', async () => {
    const files = { ...good };
    delete files['data/councils.json'];
    await expect(loadData('', fakeFetch(files))).rejects.toMatchObject({ file: 'councils.json', reason: 'missing' });
  });

  it('says which file is corrupt: not JSON, or not the expected shape', async () => {
    await expect(loadData('', fakeFetch(good, { 'data/partnerships.json': '[{"id": "x",' }))).rejects.toMatchObject({ file: 'partnerships.json', reason: 'corrupt' });
    const wrongShape = { ...good, 'data/services.json': { id: 'ict' } };
    await expect(loadData('', fakeFetch(wrongShape))).rejects.toBeInstanceOf(DataLoadError);
    await expect(loadData('', fakeFetch({ ...good, 'data/boundaries.topo.json': { type: 'FeatureCollection' } }))).rejects.toMatchObject({ file: 'boundaries.topo.json', reason: 'corrupt' });
    // Shaped like a topology, but its arcs are not points.
    const badArcs = { ...(good['data/boundaries.topo.json'] as object), arcs: [[['x', 1]]] };
    await expect(loadData('', fakeFetch({ ...good, 'data/boundaries.topo.json': badArcs }))).rejects.toMatchObject({ file: 'boundaries.topo.json', reason: 'corrupt' });
  });

  it('loads relative to the page, so the app works from any folder', async () => {
    const seen: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return fakeFetch(good)(String(input).replace('maps/', ''));
    }) as typeof fetch;
    await loadData('maps/', fetchImpl);
    expect(seen.every((url) => url.startsWith('maps/data/'))).toBe(true);
  });

  it('leaves out each bad record, counts it, and keeps the rest', async () => {
    const partnerships = [...PARTNERSHIPS, { id: 'no-councils', name: 'No councils', services: ['ict'] }, { ...PARTNERSHIPS[0], id: 'ghost', councils: ['E09000015', 'E99999999'] }];
    const services = [...SERVICES, { id: 'bad-colour', label: 'Bad', colour: 'url(https://evil.example/x)', description: '', aliases: [] }];
    const data = await loadData('', fakeFetch({ ...good, 'data/partnerships.json': partnerships, 'data/services.json': services }));
    expect(data.partnerships.map((p) => p.id)).toEqual(PARTNERSHIPS.map((p) => p.id));
    expect(data.services.map((s) => s.id)).toEqual(SERVICES.map((s) => s.id));
    expect(data.rejected).toEqual([
      { kind: 'service', position: SERVICES.length + 1, id: 'bad-colour', field: 'colour', reason: 'invalidField' },
      { kind: 'partnership', position: PARTNERSHIPS.length + 1, id: 'no-councils', field: 'councils', reason: 'invalidField' },
      { kind: 'partnership', position: PARTNERSHIPS.length + 2, id: 'ghost', field: 'councils[1]', reason: 'unknownCouncil' },
    ]);
    expect(data.partnershipById.has('ghost')).toBe(false);
  });
});

describe('loadDetails', () => {
  const { details } = splitPartnerships(PARTNERSHIPS);

  it('reads the details as the data build writes them, a partnership to a line, and as any JSON', async () => {
    const byLine = await loadDetails('', fakeFetch({}, { 'data/partnership-details.json': stringifyByLine(details) }));
    const whole = await loadDetails('', fakeFetch({ 'data/partnership-details.json': details }));
    expect(Object.keys(byLine.byId)).toEqual(PARTNERSHIPS.map((p) => p.id));
    expect(byLine).toEqual(whole);
    expect(byLine.byId['hb-public-law']).toEqual(details['hb-public-law']);
  });

  it('says the file is corrupt when a line is cut short', async () => {
    const cut = stringifyByLine(details).replace(/,\n"harrow-barnet-hr"/, '\n"harrow-barnet-hr"');
    await expect(loadDetails('', fakeFetch({}, { 'data/partnership-details.json': cut }))).rejects.toMatchObject({ file: 'partnership-details.json', reason: 'corrupt' });
  });
});

describe('readTextInSteps', () => {
  it('decodes a body as its pieces arrive, as response.text() would, pausing after every 256 KB', async () => {
    const text = `\uFEFF${'Ynys Môn – £1m; '.repeat(40_000)}`;
    const bytes = new TextEncoder().encode(text);
    // Pieces of 100,001 bytes: some end inside a character of two or three bytes.
    const pieces = Array.from({ length: Math.ceil(bytes.length / 100_001) }, (_, i) => bytes.slice(i * 100_001, (i + 1) * 100_001));
    const body = () => new ReadableStream<Uint8Array>({ start: (controller) => (pieces.forEach((piece) => controller.enqueue(piece)), controller.close()) });
    let pauses = 0;
    const read = await readTextInSteps(new Response(body()), async () => void pauses++);
    expect(read).toBe(await new Response(body()).text());
    expect(read.startsWith('Ynys Môn')).toBe(true);
    expect(pauses).toBe(Math.floor(bytes.length / (3 * 100_001)));
  });
});

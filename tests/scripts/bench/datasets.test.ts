import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchServer } from '../../../scripts/bench/benchServer';
import { clickableCouncils, loadDataset, serveDataset } from '../../../scripts/bench/datasets';
import { council } from '../../helpers/councils';

const councils = [
  council({ code: 'E07000001', name: 'Alpha', shortName: 'Alpha' }),
  council({ code: 'E07000002', name: 'Beta', shortName: 'Beta' }),
  council({ code: 'E10000003', name: 'Shire', shortName: 'Shire', type: 'county', tier: 'upper' }),
  council({ code: 'E07000004', name: 'Gone', shortName: 'Gone', lastYear: 2019 }),
  council({ code: 'E07000005', name: 'Unshaped', shortName: 'Unshaped', noShape: true }),
  council({ code: 'E07000006', name: 'Alone', shortName: 'Alone' }),
];
const partnerships = [
  { councils: ['E07000002', 'E10000003', 'E07000004'] },
  { councils: ['E07000002', 'E07000001', 'E07000005'] },
  { councils: ['E07000001', 'E07000002'] },
];

describe('clickableCouncils', () => {
  it('are the councils drawn on the first view in a partnership, busiest first', () => {
    expect(clickableCouncils(councils, partnerships).map((c) => [c.code, c.partnerships])).toEqual([
      ['E07000002', 3],
      ['E07000001', 2],
    ]);
  });
});

describe('loadDataset and serveDataset', () => {
  const dist = mkdtempSync(join(tmpdir(), 'ssm-bench-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('read the real data from the build and serve the build’s own files for it', () => {
    mkdirSync(join(dist, 'data'));
    writeFileSync(join(dist, 'data', 'partnerships.json'), JSON.stringify(partnerships));
    const data = loadDataset('real', dist, councils, '1');
    expect(data.file).toBe(join(dist, 'data', 'partnerships.json'));
    expect(data.partnerships).toHaveLength(3);
    expect(data.clickable[0]!.name).toBe('Beta');

    const calls: string[] = [];
    const server = { override: (path: string, file: string | null) => calls.push(`override ${path} ${file}`), warm: (path: string) => calls.push(`warm ${path}`) } as unknown as BenchServer;
    serveDataset(server, data);
    expect(calls).toEqual(['override /data/partnerships.json null', 'warm /data/partnerships.json', 'override /data/partnership-details.json null', 'warm /data/partnership-details.json']);
    serveDataset(server, { ...data, name: '1000' });
    expect(calls[4]).toBe(`override /data/partnerships.json ${data.file}`);
  });
});

import { describe, expect, it } from 'vitest';
import { splitPartnerships } from '../../scripts/build/bundleData';
import { checkDetails } from '../../src/data/checkDetails';
import { PARTNERSHIPS } from '../helpers/appData';

const { details } = splitPartnerships(PARTNERSHIPS);

describe('checkDetails', () => {
  it('keeps good details, reports bad ones, and never reads the prototype', () => {
    const id = PARTNERSHIPS[0]!.id;
    const input = JSON.parse(
      JSON.stringify({
        [id]: details[id],
        'bad-sources': { ...details[id], sources: 'https://example.org' },
        'bad-quote-source': { ...details[id], savings: { quote: '£1m', source: 9, kind: 'annual', low: 1, high: 1 } },
      }),
    ) as Record<string, unknown>;
    const result = checkDetails(input);
    expect(Object.keys(result.kept)).toEqual([id]);
    expect(result.rejected.map((r) => [r.id, r.field])).toEqual([
      ['bad-sources', 'sources'],
      ['bad-quote-source', 'savings.source'],
    ]);
    expect(result.kept['constructor']).toBeUndefined();
    expect(checkDetails(JSON.parse('{"__proto__": {"description": "x", "sources": [], "savings": null, "servicesAsWritten": ""}}') as Record<string, unknown>).kept['__proto__']).toMatchObject({ description: 'x' });
  });
});

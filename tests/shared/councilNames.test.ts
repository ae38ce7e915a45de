import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CouncilNameIndex, diceSimilarity, nameCore, normaliseName } from '../../src/shared/councilNames';
import { council, SAMPLE_COUNCILS } from '../helpers/councils';

const index = new CouncilNameIndex(SAMPLE_COUNCILS, { RBKC: 'E09000020' });

function resolvedCode(name: string, year?: number): string | undefined {
  const result = index.resolve(name, year);
  return result.kind === 'resolved' ? result.council.code : undefined;
}

describe('normaliseName and nameCore', () => {
  it('ignores case, punctuation, accents, "&" against "and", "St" against "Saint"', () => {
    expect(normaliseName("King's Lynn & West Norfolk")).toBe('kings lynn and west norfolk');
    expect(normaliseName('St. Albans')).toBe(normaliseName('Saint Albans'));
    expect(normaliseName('Sir Ynys Môn')).toBe('sir ynys mon');
  });

  it('strips council-type words and remembers what they said', () => {
    expect(nameCore('Hampshire CC')).toEqual({ core: 'hampshire', hint: 'none' });
    // Words that are names of Object.prototype's properties are only words.
    expect(nameCore('Constructor Council').core).toBe('constructor');
    expect(nameCore('London Borough of Harrow')).toEqual({ core: 'harrow', hint: 'london-borough' });
    expect(nameCore('Harrow LBC')).toEqual({ core: 'harrow', hint: 'london-borough' });
    expect(nameCore('Shepway DC').core).toBe('shepway');
    expect(nameCore('Buckinghamshire County Council')).toEqual({ core: 'buckinghamshire', hint: 'county' });
  });
});

describe('CouncilNameIndex.resolve', () => {
  it('finds councils by official name, short name, alternative names and abbreviations', () => {
    expect(resolvedCode('Hampshire County Council')).toBe('E10000014');
    expect(resolvedCode('Hampshire CC')).toBe('E10000014');
    expect(resolvedCode('LB Harrow')).toBe('E09000015');
    expect(resolvedCode('Harrow LBC')).toBe('E09000015');
    expect(resolvedCode('RBKC')).toBe('E09000020');
    expect(resolvedCode('Royal Borough of Kensington & Chelsea')).toBe('E09000020');
    expect(resolvedCode('Shepway DC')).toBe('E07000112');
    expect(resolvedCode('Tunbridge Wells')).toBe('E07000116');
    expect(resolvedCode('Nottingham City')).toBe('E06000018');
    expect(resolvedCode('Saint Albans City & District Council')).toBe('E07000240');
    expect(resolvedCode('Borough Council of Kings Lynn and West Norfolk')).toBe('E07000146');
  });

  it('finds councils by current and former GSS codes', () => {
    expect(resolvedCode('E07000100')).toBe('E07000240');
    expect(resolvedCode('s12000015')).toBe('S12000047');
  });

  it('uses the type words, then the year, to choose between a council and its successor', () => {
    expect(resolvedCode('Buckinghamshire County Council')).toBe('E10000002');
    expect(resolvedCode('Buckinghamshire', 2017)).toBe('E10000002');
    expect(resolvedCode('Buckinghamshire', 2021)).toBe('E06000060');
    expect(resolvedCode('North Yorkshire', 2010)).toBe('E10000023');
  });

  it('never guesses: an unclear name is ambiguous and lists the candidates', () => {
    const result = index.resolve('Buckinghamshire');
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.code).sort()).toEqual(['E06000060', 'E10000002']);
  });

  it('reports an unknown name with the closest spellings', () => {
    const result = index.resolve('Tunbridge Wels');
    expect(result.kind).toBe('unknown');
    expect(result.kind === 'unknown' && result.closest[0]!.council.code).toBe('E07000116');
  });

  it('suggests the nearest codes of the same kind for a mistyped code', () => {
    expect(index.closestCodes('E10000015', 1)[0]!.code).toBe('E10000014');
  });
});

describe('diceSimilarity', () => {
  it('is 1 for equal strings and lower for different ones', () => {
    expect(diceSimilarity('harrow', 'harrow')).toBe(1);
    expect(diceSimilarity('harrow', 'harow')).toBeGreaterThan(diceSimilarity('harrow', 'hampshire'));
  });
});

describe('the ways officers write names', () => {
  const more = [
    ...SAMPLE_COUNCILS,
    council({ code: 'E10000009', name: 'Dorset County Council', shortName: 'Dorset', type: 'county', tier: 'upper', lastYear: 2018, successors: ['E06000059'] }),
    council({ code: 'E06000059', name: 'Dorset Council', shortName: 'Dorset', type: 'unitary', tier: 'unitary', firstYear: 2019 }),
    council({ code: 'E10000015', name: 'Hertfordshire County Council', shortName: 'Hertfordshire', type: 'county', tier: 'upper' }),
    council({ code: 'E07000242', name: 'East Hertfordshire District Council', shortName: 'East Hertfordshire' }),
    council({ code: 'E07000006', name: 'South Bucks District Council', shortName: 'South Bucks', lastYear: 2019 }),
    council({ code: 'E06000012', name: 'North East Lincolnshire Council', shortName: 'North East Lincolnshire', type: 'unitary', tier: 'unitary' }),
    council({ code: 'E09000027', name: 'London Borough of Richmond upon Thames', shortName: 'Richmond upon Thames', type: 'london-borough', tier: 'unitary' }),
    council({ code: 'E07000166', name: 'Richmondshire District Council', shortName: 'Richmondshire' }),
    council({ code: 'E09000021', name: 'Royal Borough of Kingston upon Thames', shortName: 'Kingston upon Thames', type: 'london-borough', tier: 'unitary' }),
    council({ code: 'E06000010', name: 'Hull City Council', shortName: 'Kingston upon Hull', type: 'unitary', tier: 'unitary', altNames: ['City of', 'hull city'] }),
    council({ code: 'E06000020', name: 'Telford & Wrekin Council', shortName: 'Telford and Wrekin', type: 'unitary', tier: 'unitary' }),
    council({ code: 'E09000001', name: 'City of London Corporation', shortName: 'City of London', type: 'london-borough', tier: 'unitary' }),
    council({ code: 'W06000001', name: 'Isle of Anglesey County Council', shortName: 'Isle of Anglesey', type: 'welsh', tier: 'unitary', nameCy: 'Sir Ynys Môn' }),
  ];
  const officers = new CouncilNameIndex(more, { RBWM: 'E06000040' });
  const code = (name: string, year?: number) => {
    const result = officers.resolve(name, year);
    return result.kind === 'resolved' ? result.council.code : result.kind;
  };

  it('reads "CC" as the county (or city) council when a unitary has the same name', () => {
    expect(code('Dorset')).toBe('ambiguous');
    expect(code('Dorset CC')).toBe('E10000009');
    expect(code('Dorset', 2020)).toBe('E06000059');
    expect(code('Buckinghamshire CC')).toBe('E10000002');
  });

  it('expands county short forms and compass points', () => {
    expect(code('Herts CC')).toBe('E10000015');
    expect(code('East Herts')).toBe('E07000242');
    expect(code('E. Herts DC')).toBe('E07000242');
    expect(code('South Bucks')).toBe('E07000006');
    expect(code('South Bucks DC')).toBe('E07000006');
    expect(code('NE Lincs')).toBe('E06000012');
    expect(code('N E Lincolnshire')).toBe('E06000012');
    expect(code('Bucks', 2015)).toBe('E10000002');
  });

  it('finds a council by the first part of its name, only before "upon", "and" and the like', () => {
    expect(code('Richmond')).toBe('E09000027');
    expect(code('LB Richmond')).toBe('E09000027');
    expect(code('Telford')).toBe('E06000020');
    expect(code('Kingston')).toBe('ambiguous'); // upon Thames or upon Hull
    expect(code('RB Kingston')).toBe('E09000021');
    expect(code('Richmond DC')).toBe('unknown'); // type words must agree: Richmondshire is not "Richmond"
    expect(code('North')).toBe('unknown');
  });

  it('keeps "City of London" whole, so that plain "London" is no council', () => {
    expect(code('City of London')).toBe('E09000001');
    expect(code('Corporation of London')).toBe('E09000001');
    expect(code('London')).toBe('unknown');
  });

  it('ignores register names that are only type words', () => {
    expect(code('City of')).toBe('unknown');
  });

  it('reads Welsh names and type words', () => {
    expect(code('Sir Ynys Môn')).toBe('W06000001');
    expect(code('Cyngor Sir Ynys Môn')).toBe('W06000001');
  });

  it('lists nothing it should not: shortened names are only a fallback to an exact match', () => {
    expect(officers.shortenedCandidates('Kingston').map((c) => c.code).sort()).toEqual(['E06000010', 'E09000021']);
    expect(code('Hull')).toBe('E06000010');
  });
});

describe('data/council-aliases.json', () => {
  it('maps every alias to a GSS code', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'council-aliases.json'), 'utf8')) as { aliases: Record<string, string> };
    for (const [alias, gss] of Object.entries(file.aliases)) expect(gss, alias).toMatch(/^[ENSW]\d{8}$/);
  });
});

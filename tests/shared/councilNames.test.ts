import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CouncilNameIndex, diceSimilarity } from '../../src/shared/councilNames';
import { council, SAMPLE_COUNCILS } from '../helpers/councils';

const index = new CouncilNameIndex(SAMPLE_COUNCILS, { RBKC: 'E09000020' });

function resolvedCode(name: string, year?: number): string | undefined {
  const result = index.resolve(name, year);
  return result.kind === 'resolved' ? result.council.code : undefined;
}

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
    council({ code: 'E07000166', name: 'Richmondshire District Council', shortName: 'Richmondshire', lastYear: 2022 }),
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

  it('finds a council by the first words of its name, when they fit no other', () => {
    expect(code('Telford')).toBe('E06000020');
    expect(code('Kingston')).toBe('ambiguous'); // upon Thames or upon Hull
    expect(code('RB Kingston')).toBe('E09000021');
    expect(code('North')).toBe('unknown'); // no place: the start of too many names
    expect(code('North East')).toBe('unknown');
  });

  it('never reads a town as its council when a county is named after it, nor a name as the council it begins', () => {
    // Richmond upon Thames begins with "Richmond"; Richmondshire is named after the town.
    expect(code('Richmond')).toBe('ambiguous');
    expect(code('Richmond', 2023)).toBe('E09000027'); // Richmondshire was abolished in 2023
    expect(code('LB Richmond')).toBe('E09000027');
    expect(code('Richmond DC')).toBe('unknown'); // type words must agree: no district is called Richmond
    const closest = officers.resolve('Richmond DC');
    expect(closest.kind === 'unknown' && closest.closest.map((m) => m.council.code)).toContain('E07000166');
    expect(code('Richmondshire')).toBe('E07000166');
    expect(code('Lincoln')).toBe('unknown'); // this sample has no City of Lincoln: only North East Lincolnshire's town
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

  it('lists the councils a name begins, and those of a county named after a town', () => {
    expect(officers.shortenedCandidates('Kingston').map((c) => c.code).sort()).toEqual(['E06000010', 'E09000021']);
    expect(officers.countyCandidates('Richmond').map((c) => c.code)).toEqual(['E07000166']);
    expect(code('Hull')).toBe('E06000010');
  });
});

describe('names more than one council bears', () => {
  const places = new CouncilNameIndex([
    ...SAMPLE_COUNCILS,
    council({ code: 'E06000055', name: 'Bedford Borough Council', shortName: 'Bedford', type: 'unitary', tier: 'unitary', firstYear: 2009, altNames: ['Bedford UA'] }),
    council({ code: 'E06000056', name: 'Central Bedfordshire Council', shortName: 'Central Bedfordshire', type: 'unitary', tier: 'unitary', firstYear: 2009 }),
    council({ code: 'E07000138', name: 'City of Lincoln Council', shortName: 'City of Lincoln', altNames: ['Lincoln'] }),
    council({ code: 'E10000019', name: 'Lincolnshire County Council', shortName: 'Lincolnshire', type: 'county', tier: 'upper' }),
    council({ code: 'E10000029', name: 'Suffolk County Council', shortName: 'Suffolk', type: 'county', tier: 'upper' }),
    council({ code: 'E07000205', name: 'Suffolk Coastal District Council', shortName: 'Suffolk Coastal', lastYear: 2018 }),
    council({ code: 'E07000197', name: 'Stafford Borough Council', shortName: 'Stafford' }),
    council({ code: 'E10000028', name: 'Staffordshire County Council', shortName: 'Staffordshire', type: 'county', tier: 'upper' }),
    council({ code: 'E07000198', name: 'Staffordshire Moorlands District Council', shortName: 'Staffordshire Moorlands' }),
  ]);
  const resolved = (name: string, year?: number) => {
    const result = places.resolve(name, year);
    return result.kind === 'resolved' ? result.council.code : result.kind === 'ambiguous' ? result.candidates.map((c) => c.code).sort() : 'unknown';
  };

  it('a town and the county named after it are both candidates for the town', () => {
    expect(resolved('Bedford', 2015)).toEqual(['E06000055', 'E06000056']);
    expect(resolved('Lincoln', 2015)).toEqual(['E07000138', 'E10000019']);
    expect(resolved('Stafford', 2015)).toEqual(['E07000197', 'E10000028', 'E07000198'].sort());
  });

  it('the type words of the full name choose', () => {
    expect(resolved('Bedford Borough Council', 2015)).toBe('E06000055');
    expect(resolved('Bedford BC', 2015)).toBe('E06000055');
    expect(resolved('Central Bedfordshire', 2015)).toBe('E06000056');
    expect(resolved('City of Lincoln', 2015)).toBe('E07000138');
    expect(resolved('Lincoln City Council', 2015)).toBe('E07000138');
    expect(resolved('Lincolnshire', 2015)).toBe('E10000019');
    expect(resolved('Lincolnshire CC', 2015)).toBe('E10000019');
    expect(resolved('Stafford Borough Council', 2015)).toBe('E07000197');
  });

  it('a name that begins another council\'s name is a candidate for both', () => {
    expect(resolved('Suffolk', 2015)).toEqual(['E07000205', 'E10000029']);
    expect(resolved('Suffolk', 2020)).toBe('E10000029'); // Suffolk Coastal was gone by then
    expect(resolved('Suffolk County Council', 2015)).toBe('E10000029');
    expect(resolved('Suffolk CC', 2015)).toBe('E10000029');
    expect(resolved('Staffordshire', 2015)).toEqual(['E10000028', 'E07000198'].sort());
  });

  it('a county\'s town alone, with no council of that name, is no council', () => {
    expect(resolved('Bedford', 2005)).toEqual(['E06000055', 'E06000056']); // before 2009 neither existed: the year cannot narrow
    const noTown = new CouncilNameIndex(SAMPLE_COUNCILS.concat(council({ code: 'E06000056', name: 'Central Bedfordshire Council', shortName: 'Central Bedfordshire', type: 'unitary', tier: 'unitary' })));
    expect(noTown.resolve('Bedford').kind).toBe('unknown');
  });
});

describe('data/council-aliases.json', () => {
  it('maps every alias to a GSS code', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'council-aliases.json'), 'utf8')) as { aliases: Record<string, string> };
    for (const [alias, gss] of Object.entries(file.aliases)) expect(gss, alias).toMatch(/^[ENSW]\d{8}$/);
  });
});

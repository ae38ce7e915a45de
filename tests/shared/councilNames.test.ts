import { describe, expect, it } from 'vitest';
import { CouncilNameIndex, diceSimilarity, nameCore, normaliseName } from '../../src/shared/councilNames';
import { SAMPLE_COUNCILS } from '../helpers/councils';

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

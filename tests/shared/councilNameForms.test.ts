import { describe, expect, it } from 'vitest';
import { foldText, nameCore, namePrefixes, normaliseName, shireTowns, stripTypeWords } from '../../src/shared/councilNameForms';

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

describe('foldText', () => {
  it('folds case, accents, "&" and apostrophes, and keeps other punctuation', () => {
    expect(foldText("Bro Morgannwg & King’s Lynn")).toBe('bro morgannwg  and  kings lynn');
    expect(foldText('Ynys Môn, (Anglesey)')).toBe('ynys mon, (anglesey)');
  });
});

describe('stripTypeWords', () => {
  it('reads the longest type phrase first, and the first hint it meets', () => {
    expect(stripTypeWords('Caerphilly County Borough Council')).toEqual({ core: 'caerphilly', hint: 'borough' });
    expect(stripTypeWords('Borough Council of King\'s Lynn and West Norfolk')).toEqual({ core: 'kings lynn and west norfolk', hint: 'borough' });
    expect(stripTypeWords('Nottingham City')).toEqual({ core: 'nottingham', hint: 'city' });
  });

  it('expands county short forms and compass points, as whole words only', () => {
    expect(stripTypeWords('NE Lincs').core).toBe('north east lincolnshire');
    expect(stripTypeWords('South Bucks DC')).toEqual({ core: 'south buckinghamshire', hint: 'district' });
    expect(stripTypeWords('Hertsmere').core).toBe('hertsmere');
  });

  it('leaves nothing of a name made only of type words, where nameCore keeps the name', () => {
    expect(stripTypeWords('City of').core).toBe('');
    expect(nameCore('City of').core).toBe('city of');
    expect(stripTypeWords('City of London Corporation').core).toBe('city of london');
  });
});

describe('namePrefixes', () => {
  it('lists every start of a name that names a place and does not end on a joining word', () => {
    expect(namePrefixes('richmond upon thames')).toEqual(['richmond']);
    expect(namePrefixes('suffolk coastal')).toEqual(['suffolk']);
    expect(namePrefixes('north east lincolnshire')).toEqual([]);
    expect(namePrefixes('east riding of yorkshire')).toEqual(['east riding']);
    expect(namePrefixes('harrow')).toEqual([]);
  });
});

describe('shireTowns', () => {
  it('finds the towns counties are named after, not a short word ending in "shire"', () => {
    expect(shireTowns('central bedfordshire')).toEqual(['bedford']);
    expect(shireTowns('richmondshire')).toEqual(['richmond']);
    expect(shireTowns('north east lincolnshire')).toEqual(['lincoln']);
    expect(shireTowns('harrow')).toEqual([]);
    expect(shireTowns('ayshire')).toEqual([]);
  });
});

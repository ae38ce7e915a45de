import { describe, expect, it } from 'vitest';
import { idFromName } from '../../../scripts/import/buildRecord';
import { errors, GOOD, notes, run } from '../../helpers/importSheet';

describe('idFromName', () => {
  it('is the name in lower-case words joined by hyphens', () => {
    expect(idFromName("King's Lynn & West Norfolk — shared ICT (2016)")).toBe('kings-lynn-and-west-norfolk-shared-ict-2016');
    expect(idFromName('Ynys Môn')).toBe('ynys-mon');
  });
});

describe('buildRecord', () => {
  it('reads councils separated by commas one by one, and says so', () => {
    const result = run({ ...GOOD, councils: 'Dover DC, Thanet' });
    expect(result.records[0]!.councils).toEqual(['E07000108', 'E07000114']);
    expect(notes(result)).toContain('row 2, councils: councils separated by commas: read them one by one (separate them with ";" to be sure)');
  });

  it('reports services it does not recognise, and a lead that is not a partner', () => {
    expect(errors(run({ ...GOOD, services: 'basket weaving' }))[0]).toBe('row 2, services: no service area recognised in "basket weaving": use the ids or words of data/services.json (e.g. ict, legal, revs and bens)');
    expect(errors(run({ ...GOOD, councils: 'Dover DC; Thanet', 'lead council': 'Kent CC' }))[0]).toMatch(/^row 2, lead council: "Kent CC" \(E10000016 Kent County Council\) is not one of the councils/);
  });
});

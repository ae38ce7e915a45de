import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS, COUNCIL_TIERS, COUNCIL_TYPES, NATIONS, PARTNERSHIP_STATUSES, SAVINGS_KINDS, SAVINGS_QUALIFIERS, SAVINGS_SCOPES, type PartnershipRecord } from '../../src/shared/types';
import { SAMPLE_COUNCILS } from '../helpers/councils';

// The lists of values a record may hold are written once, in types.ts (the
// rest of the file is types, which tsc checks); the committed data must use
// no value outside them.

const ENUMERATIONS = { CLAIMS, COUNCIL_TIERS, COUNCIL_TYPES, NATIONS, PARTNERSHIP_STATUSES, SAVINGS_KINDS, SAVINGS_QUALIFIERS, SAVINGS_SCOPES };

const partnershipsDir = join(__dirname, '..', '..', 'data', 'partnerships');
const committed: PartnershipRecord[] = readdirSync(partnershipsDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => JSON.parse(readFileSync(join(partnershipsDir, file), 'utf8')) as PartnershipRecord | PartnershipRecord[]);

describe('the enumerations of the record schema', () => {
  it.each(Object.entries(ENUMERATIONS))('%s lists each value once', (_name, values) => {
    expect(values.length).toBeGreaterThan(1);
    expect(new Set(values).size).toBe(values.length);
  });

  it('writes the values a person types as lower-case words joined by hyphens', () => {
    for (const values of [CLAIMS, COUNCIL_TIERS, COUNCIL_TYPES, PARTNERSHIP_STATUSES, SAVINGS_KINDS, SAVINGS_QUALIFIERS, SAVINGS_SCOPES]) {
      for (const value of values) expect(value).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it('has the statuses, kinds, scopes and qualifiers the README documents, and the nations in the order the area filter lists them', () => {
    expect(PARTNERSHIP_STATUSES).toEqual(['active', 'ended', 'unknown']);
    expect(SAVINGS_KINDS).toEqual(['annual', 'period', 'cumulative', 'unclear']);
    expect(SAVINGS_SCOPES).toEqual(['partnership', 'each-partner', 'some-partners']);
    expect(SAVINGS_QUALIFIERS).toEqual(['about', 'at-least', 'up-to']);
    expect(NATIONS).toEqual(['England', 'Wales', 'Scotland', 'Northern Ireland']);
  });

  it('covers every value the committed partnership records use', () => {
    expect(committed.length).toBeGreaterThan(100);
    for (const record of committed) {
      expect(PARTNERSHIP_STATUSES, record.id).toContain(record.status);
      if (record.savings) {
        expect(SAVINGS_KINDS, record.id).toContain(record.savings.kind);
        if (record.savings.scope) expect(SAVINGS_SCOPES, record.id).toContain(record.savings.scope);
        if (record.savings.qualifier) expect(SAVINGS_QUALIFIERS, record.id).toContain(record.savings.qualifier);
      }
      for (const passage of record.sources.flatMap((s) => s.passages ?? [])) for (const claim of passage.supports) expect(CLAIMS, record.id).toContain(claim);
    }
  });

  it('covers every council type, tier and nation of the test register', () => {
    for (const council of SAMPLE_COUNCILS) {
      expect(COUNCIL_TYPES).toContain(council.type);
      expect(COUNCIL_TIERS).toContain(council.tier);
      expect(NATIONS).toContain(council.nation);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchServices, ServiceMatcher, type ServiceTerms } from '../../src/shared/matchServices';

const taxonomy = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] };
const matcher = new ServiceMatcher(taxonomy.services);

describe('ServiceMatcher over data/services.json', () => {
  it('reads ids, labels and the words people use', () => {
    expect(matcher.match('revs and bens; IT; legal services')).toEqual({ ids: ['revenues-benefits', 'ict', 'legal'], unmatched: [] });
    expect(matcher.match('hr-payroll; audit-fraud')).toEqual({ ids: ['hr-payroll', 'audit-fraud'], unmatched: [] });
    expect(matcher.match('Revenues, benefits and customer services').ids).toEqual(['revenues-benefits']);
    expect(matcher.match('Procurement, property and assets').ids).toEqual(['procurement-assets']);
    expect(matcher.match('I.T.').ids).toEqual(['ict']);
    expect(matcher.match("Children's Services").ids).toEqual(['people']);
    expect(matcher.match('Revs & Bens').ids).toEqual(['revenues-benefits']);
  });

  it('prefers the longest phrase: "environmental health" is regulatory, "housing benefit" is revenues', () => {
    expect(matcher.match('environmental health').ids).toEqual(['regulatory']);
    expect(matcher.match('environmental services').ids).toEqual(['waste-environment']);
    expect(matcher.match('housing benefit').ids).toEqual(['revenues-benefits']);
    expect(matcher.match('housing').ids).toEqual(['people']);
  });

  it('reads a sentence of several services, each once, in order, past the joining words', () => {
    expect(matcher.match('HR, payroll and health and safety')).toEqual({ ids: ['hr-payroll'], unmatched: [] });
    expect(matcher.match('a shared ICT service and a joint internal audit team')).toEqual({ ids: ['ict', 'audit-fraud'], unmatched: [] });
    expect(matcher.match('waste collection & recycling, street cleaning').ids).toEqual(['waste-environment']);
  });

  it('reports the words that name no service', () => {
    expect(matcher.match('legal, printing and HR')).toEqual({ ids: ['legal', 'hr-payroll'], unmatched: ['printing'] });
    expect(matcher.match('catering; school meals')).toEqual({ ids: [], unmatched: ['catering', 'school meal'] });
    expect(matcher.match('')).toEqual({ ids: [], unmatched: [] });
  });

  it('looks a whole phrase up', () => {
    expect(matcher.lookup('Legal Services')).toBe('legal');
    expect(matcher.lookup('legal services and IT')).toBeUndefined();
  });

  it('gives no alias to two services', () => {
    const owner = new Map<string, string>();
    for (const service of taxonomy.services) {
      for (const alias of service.aliases) {
        const id = matchServices(alias, [service]).ids[0];
        expect(id, `${alias} in ${service.id}`).toBe(service.id);
        const other = owner.get(alias.toLowerCase());
        expect(other === undefined || other === service.id, `"${alias}" is an alias of ${other} and ${service.id}`).toBe(true);
        owner.set(alias.toLowerCase(), service.id);
      }
    }
  });
});

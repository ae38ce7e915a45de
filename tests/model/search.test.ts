import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/model/search';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const index = buildSearchIndex(data, () => 'council', () => 'partnership', 'en');
const first = (query: string) => {
  const r = index.search(query)[0];
  return r ? (r.kind === 'council' ? r.code : r.id) : null;
};

describe('search', () => {
  it('finds councils by official name, short name and common spellings', () => {
    expect(first('London Borough of Harrow')).toBe('E09000015');
    expect(first('harrow')).toBe('E09000015');
    expect(first('LB Harrow')).toBe('E09000015');
    expect(first('Harrow LBC')).toBe('E09000015');
    expect(first('Caerdydd')).toBe('W06000015');
  });

  it('finds partnerships by name', () => {
    expect(first('HB Public')).toBe('hb-public-law');
    expect(first('regulatory')).toBe('cardiff-vale-regulatory');
  });

  it('puts current councils before abolished ones of the same name', () => {
    const results = index.search('Buckinghamshire');
    expect(results.map((r) => (r.kind === 'council' ? r.code : r.id)).slice(0, 2)).toEqual(['E06000060', 'E10000002']);
  });

  it('forgives a misspelling', () => {
    expect(first('Barnnet')).toBe('E09000003');
  });

  it('finds nothing for nothing', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzzz')).toEqual([]);
  });

  it('labels councils in Welsh when the language is Welsh', () => {
    const cy = buildSearchIndex(data, () => '', () => '', 'cy');
    expect(cy.search('Cardiff')[0]!.label).toBe('Caerdydd (City of Cardiff Council)');
  });
});

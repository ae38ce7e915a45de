import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { cyPanels } from '../../src/i18n/cyPanels';
import { en as enFirst } from '../../src/i18n/en';
import { enLater } from '../../src/i18n/enLater';

// The English catalogue whole: the first view's strings and those that load with the later views.
const en = { ...enFirst, ...enLater };

// How the Welsh catalogue compares with the English, message by message, is
// tests/i18n/catalogue.test.ts; here, that cy.ts makes one catalogue of its two files.

describe('the Welsh catalogue', () => {
  it('holds the panels’ strings as cyPanels.ts gives them', () => {
    for (const [key, message] of Object.entries(cyPanels)) expect(cy[key as keyof typeof cy], key).toBe(message);
  });

  it('has the keys of the English catalogue, no more and no fewer', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
  });

  it('is in Welsh', () => {
    expect(cy['app.title']).toBe('Map Gwasanaethau a Rennir');
    expect(cy['app.title']).not.toBe(en['app.title']);
  });
});

import { describe, expect, it } from 'vitest';
import { enText } from '../../src/i18n/enText';

describe('the English strings of years, status and colour families', () => {
  it('are those of the years in words, the status as of a year, and the key’s colour families', () => {
    const parts = new Set(Object.keys(enText).map((key) => key.split('.')[0]));
    expect([...parts].sort()).toEqual(['family', 'legend', 'status', 'years']);
    expect(enText['status.asOf']).toBe('{status}, as of {year}');
  });

  it('never write a year not known as "?"', () => {
    for (const [key, message] of Object.entries(enText)) expect(message, key).not.toContain('?');
  });
});

import { describe, expect, it } from 'vitest';
import { cyText } from '../../src/i18n/cyText';
import { enText } from '../../src/i18n/enText';

describe('the Welsh strings of years, status and colour families', () => {
  it('have exactly the keys of the English ones, and the same placeholders', () => {
    expect(Object.keys(cyText).sort()).toEqual(Object.keys(enText).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const [key, message] of Object.entries(enText)) expect(placeholders(cyText[key as keyof typeof cyText]), key).toEqual(placeholders(message));
    expect(cyText['years.since']).toBe('ers {year}');
  });
});

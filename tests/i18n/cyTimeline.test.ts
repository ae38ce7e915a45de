import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { cyTimeline } from '../../src/i18n/cyTimeline';
import { enTimeline } from '../../src/i18n/enTimeline';

describe('the Welsh strings of the timeline', () => {
  it('have exactly the keys of the English ones, none also in cy.ts, each plural message with the six Welsh forms', () => {
    expect(Object.keys(cyTimeline).sort()).toEqual(Object.keys(enTimeline).sort());
    expect(Object.keys(cyTimeline).filter((key) => key in cy)).toEqual([]);
    expect(cyTimeline['filters.year']).toBe('Blwyddyn');
    for (const [key, message] of Object.entries(cyTimeline)) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});

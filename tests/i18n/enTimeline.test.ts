import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enTimeline } from '../../src/i18n/enTimeline';

describe('the English strings of the timeline', () => {
  it('are the year control’s and the timeline’s, and none is also in the first view’s catalogue', () => {
    const parts = new Set(Object.keys(enTimeline).map((key) => key.split('.')[0]));
    expect([...parts].sort()).toEqual(['filters', 'map', 'timeline']);
    expect(Object.keys(enTimeline).filter((key) => key in en)).toEqual([]);
    expect(enTimeline['timeline.play']).toBe('Play the years');
  });
});

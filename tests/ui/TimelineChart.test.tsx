import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { timelineTranslator } from '../../src/i18n/timelineTranslator';
import { alignedWithSlider, TimelineChart } from '../../src/ui/TimelineChart';

const tr = timelineTranslator('en');
const counts = [
  { year: 2010, started: 3, ended: 0 },
  { year: 2011, started: 0, ended: 0 },
  { year: 2012, started: 1, ended: 2 },
];

describe('TimelineChart', () => {
  it('draws starts above the line and ends below on one scale, and marks the year shown', () => {
    const { container } = render(<TimelineChart counts={counts} year={2012} tr={tr} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe('0 0 3 60');
    const started = [...svg.querySelectorAll('.timeline-started')].map((r) => Number(r.getAttribute('height')));
    const ended = [...svg.querySelectorAll('.timeline-ended')].map((r) => Number(r.getAttribute('height')));
    // Most started (3) and most ended (2) share the 60 units: 12 a partnership.
    expect(started).toEqual([36, 12]);
    expect(ended).toEqual([24]);
    expect(Number(svg.querySelector('.timeline-ended')!.getAttribute('y'))).toBe(36);
    expect(svg.querySelector('.timeline-year.current .timeline-now')).toBeTruthy();
    expect(svg.querySelectorAll('.timeline-now')).toHaveLength(1);
  });

  it('gives the counts as a table, leaving out years with none', () => {
    render(<TimelineChart counts={counts} year={null} tr={tr} />);
    const table = screen.getByRole('table', { name: 'Partnerships started and ended each year. Years in which none started or ended are left out.' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', 'Started', 'Ended']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2010', '2012']);
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '0', '1', '2']);
  });

  it('centres each year’s column over the slider’s thumb at that year', () => {
    expect(alignedWithSlider(17)).toEqual({ width: 'calc((100% - var(--thumb)) * 1.0625)', marginLeft: 'calc(var(--thumb) / 2 - (100% - var(--thumb)) / 32)' });
    expect(alignedWithSlider(1)).toBeUndefined();
  });
});

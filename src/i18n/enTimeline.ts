// The English strings of the timeline (issue 18): play and pause, the chart of
// partnerships started and ended by year, its table, and what it leaves out.
// Not merged into en.ts: the timeline is loaded with the filters, after the
// first view, so its strings travel with it (timelineTranslator.ts joins them
// to the catalogue). cyTimeline.ts has the same keys in Welsh.

export const enTimeline = {
  // The year control's own strings, here since only the timeline uses them.
  'filters.year': 'Year',
  'filters.allYears': 'All years',
  'filters.yearValue': 'Partnerships running in {year}',
  'map.earlyYearNote': 'Boundaries before 2014 are shown as in 2014.',
  'timeline.play': 'Play the years',
  'timeline.pause': 'Pause',
  'timeline.playHint': 'A year a second, on that year’s boundaries, to {last}.',
  'timeline.chart': 'Partnerships started and ended each year',
  'timeline.started': 'Started',
  'timeline.ended': 'Ended',
  'timeline.tableNote': 'Years in which none started or ended are left out.',
  'timeline.noStart': {
    zero: '',
    one: '{count} partnership with no known start year is not in the chart.',
    other: '{count} partnerships with no known start year are not in the chart.',
  },
  'timeline.noStartYear': {
    zero: '',
    one: '{count} partnership with no known start year is not in the chart, nor shown for a single year.',
    other: '{count} partnerships with no known start year are not in the chart, nor shown for a single year.',
  },
  'timeline.endedNoYear': {
    zero: '',
    one: '{count} partnership ended in a year not known, so its end is not in the chart.',
    other: '{count} partnerships ended in a year not known, so their ends are not in the chart.',
  },
} as const satisfies Record<string, string | { other: string; [form: string]: string }>;

export type TimelineMessages = {
  [K in keyof typeof enTimeline]: (typeof enTimeline)[K] extends string ? string : { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
};

import type { TimelineMessages } from './enTimeline';

// The Welsh strings of the timeline: the keys of enTimeline.ts. The
// conventions and "// review:" notes of cy.ts hold here too.

export const cyTimeline: TimelineMessages = {
  'filters.year': 'Blwyddyn',
  'filters.allYears': 'Pob blwyddyn',
  'filters.yearValue': 'Partneriaethau ar waith yn {year}',
  // review: "blwyddyn ddechrau" (start year, mutated) as in partnership.startUnknown; some write "blwyddyn dechrau". "blwyddyn unigol" for "a single year".
  'filters.undated': {
    zero: '',
    one: 'Nid yw {count} bartneriaeth heb flwyddyn ddechrau hysbys yn cael ei dangos ar gyfer blwyddyn unigol.',
    two: 'Nid yw {count} bartneriaeth heb flwyddyn ddechrau hysbys yn cael eu dangos ar gyfer blwyddyn unigol.',
    few: 'Nid yw {count} partneriaeth heb flwyddyn ddechrau hysbys yn cael eu dangos ar gyfer blwyddyn unigol.',
    many: 'Nid yw {count} phartneriaeth heb flwyddyn ddechrau hysbys yn cael eu dangos ar gyfer blwyddyn unigol.',
    other: 'Nid yw {count} partneriaeth heb flwyddyn ddechrau hysbys yn cael eu dangos ar gyfer blwyddyn unigol.',
  },
  'map.earlyYearNote': 'Mae ffiniau cyn 2014 yn cael eu dangos fel yr oeddent yn 2014.',
  'timeline.play': 'Chwarae’r blynyddoedd',
  // review: "Saib" for the button that pauses playing.
  'timeline.pause': 'Saib',
  'timeline.playHint': 'Mae’n symud flwyddyn bob eiliad, ar ffiniau pob blwyddyn, ac yn stopio yn {last}.',
  'timeline.chart': 'Partneriaethau a ddechreuodd ac a ddaeth i ben bob blwyddyn',
  'timeline.started': 'Dechreuodd',
  'timeline.ended': 'Daeth i ben',
  // review: "Gadewir allan" for "are left out".
  'timeline.tableNote': 'Gadewir allan y blynyddoedd pan na ddechreuodd nac na ddaeth yr un i ben.',
  'timeline.noStart': {
    zero: '',
    one: 'Nid yw {count} bartneriaeth heb flwyddyn ddechrau hysbys yn y siart.',
    two: 'Nid yw {count} bartneriaeth heb flwyddyn ddechrau hysbys yn y siart.',
    few: 'Nid yw {count} partneriaeth heb flwyddyn ddechrau hysbys yn y siart.',
    many: 'Nid yw {count} phartneriaeth heb flwyddyn ddechrau hysbys yn y siart.',
    other: 'Nid yw {count} partneriaeth heb flwyddyn ddechrau hysbys yn y siart.',
  },
  // review: "mewn blwyddyn nad yw’n hysbys" for "in a year not known".
  'timeline.endedNoYear': {
    zero: '',
    one: 'Nid yw diwedd {count} bartneriaeth a ddaeth i ben mewn blwyddyn nad yw’n hysbys yn y siart.',
    two: 'Nid yw diwedd {count} bartneriaeth a ddaeth i ben mewn blwyddyn nad yw’n hysbys yn y siart.',
    few: 'Nid yw diwedd {count} partneriaeth a ddaeth i ben mewn blwyddyn nad yw’n hysbys yn y siart.',
    many: 'Nid yw diwedd {count} phartneriaeth a ddaeth i ben mewn blwyddyn nad yw’n hysbys yn y siart.',
    other: 'Nid yw diwedd {count} partneriaeth a ddaeth i ben mewn blwyddyn nad yw’n hysbys yn y siart.',
  },
};

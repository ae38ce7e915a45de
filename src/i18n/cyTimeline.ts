import type { TimelineMessages } from './enTimeline';

// The Welsh strings of the timeline: the keys of enTimeline.ts. The
// conventions and "// review:" notes of cy.ts hold here too.

export const cyTimeline: TimelineMessages = {
  'filters.year': 'Blwyddyn',
  'filters.allYears': 'Pob blwyddyn',
  'filters.yearValue': 'Partneriaethau ar waith yn {year}',

  'map.earlyYearNote': 'Mae ffiniau cyn 2014 yn cael eu dangos fel yr oeddent yn 2014.',
  'timeline.play': 'Chwarae’r blynyddoedd',
  // review: "Saib" for the button that pauses playing.
  'timeline.pause': 'Saib',
  'timeline.playHint': 'Blwyddyn bob eiliad, ar ffiniau’r flwyddyn honno, hyd at {last}.',
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
  // review: "blwyddyn ddechrau" (start year, mutated) and "blwyddyn unigol" as in cy.ts's summary strings.
  'timeline.noStartYear': {
    zero: '',
    one: 'Nid yw {count} bartneriaeth heb flwyddyn ddechrau hysbys yn y siart, nac yn cael ei dangos ar gyfer blwyddyn unigol.',
    two: 'Nid yw {count} bartneriaeth heb flwyddyn ddechrau hysbys yn y siart, nac yn cael eu dangos ar gyfer blwyddyn unigol.',
    few: 'Nid yw {count} partneriaeth heb flwyddyn ddechrau hysbys yn y siart, nac yn cael eu dangos ar gyfer blwyddyn unigol.',
    many: 'Nid yw {count} phartneriaeth heb flwyddyn ddechrau hysbys yn y siart, nac yn cael eu dangos ar gyfer blwyddyn unigol.',
    other: 'Nid yw {count} partneriaeth heb flwyddyn ddechrau hysbys yn y siart, nac yn cael eu dangos ar gyfer blwyddyn unigol.',
  },
  // review: "mewn blwyddyn nad yw’n hysbys" for "in a year not known".
  'timeline.endedNoYear': {
    zero: '',
    one: 'Daeth {count} bartneriaeth i ben mewn blwyddyn nad yw’n hysbys, felly nid yw ei diwedd yn y siart.',
    two: 'Daeth {count} bartneriaeth i ben mewn blwyddyn nad yw’n hysbys, felly nid yw eu diwedd yn y siart.',
    few: 'Daeth {count} partneriaeth i ben mewn blwyddyn nad yw’n hysbys, felly nid yw eu diwedd yn y siart.',
    many: 'Daeth {count} phartneriaeth i ben mewn blwyddyn nad yw’n hysbys, felly nid yw eu diwedd yn y siart.',
    other: 'Daeth {count} partneriaeth i ben mewn blwyddyn nad yw’n hysbys, felly nid yw eu diwedd yn y siart.',
  },

};

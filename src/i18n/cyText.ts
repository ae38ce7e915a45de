import type { TextMessages } from './en';

// The Welsh strings of a partnership's years and status: the keys of
// enText.ts. cy.ts merges them into the one Welsh catalogue; its conventions
// and "// review:" notes hold here too.

export const cyText: TextMessages = {
  'years.since': 'ers {year}',
  'years.started': 'dechreuodd yn {year}',
  'years.until': 'tan {year}',
  'years.startUnknown': 'blwyddyn ddechrau anhysbys',
  'years.statusUnknown': 'Statws anhysbys',
  // review: "fel yn {year}" for "as of {year}"; "yn ôl ffynhonnell o {year}" would say "according to a source of".
  'status.asOf': '{status}, fel yn {year}',
  'status.asOfHint': 'Mae’r ffynhonnell ddiweddaraf â dyddiad sy’n dangos ei bod ar waith yn dod o {year}.',
  'legend.families': 'Mae meysydd cysylltiedig yn rhannu lliw, fel bod modd gwahaniaethu pob lliw, gyda dallineb lliw hefyd.',
  // review: "Gwasanaethau corfforaethol" for corporate services; "Lle a’r amgylchedd" for "place and environment".
  'family.corporate': 'Gwasanaethau corfforaethol',
  'family.place': 'Lle a’r amgylchedd',
};

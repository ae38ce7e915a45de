// The English strings of a partnership's years and status (issue 18): the
// years in words, never "?–" for a year not known, and the status with the
// year its source last showed it. en.ts merges them into the one English
// catalogue; cyText.ts has the same keys in Welsh.

export const enText = {
  'years.since': 'since {year}',
  'years.started': 'started {year}',
  'years.until': 'until {year}',
  'years.startUnknown': 'start not known',
  'years.statusUnknown': 'Status not known',
  'status.asOf': '{status}, as of {year}',
  'status.asOfHint': 'The latest dated source that shows it running is from {year}.',
  'legend.families': 'Related areas share a colour, so that each colour can be told apart, with colour blindness too.',
  'family.corporate': 'Corporate services',
  'family.place': 'Place and environment',
} as const;

// The English strings of the panels beside the map that the first view uses:
// council types (the search shows them), what the live region says, the
// embed's link, the map's gesture hints and the footer. en.ts merges them
// into the first view's catalogue; the rest of the panels' strings (council,
// partnership, claims, table, embed dialog, comparison) load with their views
// (enLater.ts). cyPanels.ts has all of them in Welsh.

export const enPanels = {
  'council.type.county': 'County council',
  'council.type.district': 'District council',
  'council.type.unitary': 'Unitary council',
  'council.type.metropolitan': 'Metropolitan borough council',
  'council.type.london-borough': 'London borough',
  'council.type.welsh': 'Welsh principal council',
  'council.type.scottish': 'Scottish council',
  'council.type.northern-irish': 'Northern Irish council',
  'council.summaryLive': { zero: '{name}: no partnerships shown', one: '{name}: {count} partnership, {savings}', other: '{name}: {count} partnerships, {savings}' },
  'council.savingsLive': '{range} a year',
  'council.savingsLiveNone': 'no savings figures',

  'partnership.openLive': 'Details of {name}',

  'embed.open': 'Embed this map',
  'embed.openFull': 'Open the full map',
  'embed.newWindow': '(opens in a new window)',

  'gesture.wheel': 'Click the map to zoom with the scroll wheel',
  'gesture.touch': 'Use two fingers to move the map',

  'live.filtered': { zero: 'No partnerships match the filters', one: '{count} partnership shown', other: '{count} partnerships shown' },

  'footer.about': 'About this map',
  'footer.aboutText':
    'A successor to the Local Government Association’s shared services map, which is no longer updated. Every partnership has a public source; savings are reported figures turned into comparable yearly estimates.',
  'footer.data': 'Data sources',
  'footer.palette': 'Service-area colours chosen to be told apart with colour blindness.',
} as const satisfies Record<string, string | { other: string; [form: string]: string }>;

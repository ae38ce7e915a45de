// The English strings of the areas map and the officer's tools (issue 18):
// the layer control, the areas' legend and tooltip. en.ts merges them into
// the first view's catalogue; the totals by region load with their view
// (enLater.ts). cyAreas.ts has all of them in Welsh.

export const enAreas = {
  'layer.label': 'Show on the map',
  'layer.links': 'Links',
  'layer.areas': 'Areas',
  'layer.measure': 'Colour councils by',
  'measure.count': 'Number of partnerships',
  'measure.savings': 'Share of yearly savings',
  'measure.serviceGroup': 'Partnerships in one service area',
  'areas.count': 'Number of partnerships each council is in',
  'areas.savings': 'Share of yearly savings (each partnership’s estimate divided equally among its councils)',
  'areas.service': 'Partnerships in {service} each council is in',
  'areas.range': '{from} to {to}',
  'areas.under': 'Under {to}',
  'areas.orMore': '{from} or more',
  'areas.councils': { one: '{count} council', other: '{count} councils' },
  'areas.none': 'In none of the partnerships shown',
  'areas.note': 'District and unitary councils are coloured; a county council’s own figure is in its panel. The filters apply.',
  'tooltip.areaSavings': 'Share of yearly savings: {amount}',
  'tooltip.areaService': { zero: 'No {service} partnerships shown', one: '{count} {service} partnership', other: '{count} {service} partnerships' },

} as const satisfies Record<string, string | { other: string; [form: string]: string }>;

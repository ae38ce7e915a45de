// The English strings of the areas map and the officer's tools (issue 18):
// the layer control, the areas' legend and tooltip, and the totals by region.
// en.ts merges them into the one English catalogue; cyAreas.ts has the same
// keys in Welsh.

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
  'totals.title': 'By region and nation',
  'totals.byNation': 'Nations',
  'totals.byRegion': 'Regions of England',
  'totals.area': 'Area',
  'totals.partnerships': 'Partnerships',
  'totals.sharing': 'Councils sharing',
  'totals.savings': 'Share of yearly savings',
  'totals.sharingOf': '{sharing} of {councils}',
  'totals.pick': 'Pick an area to show only its partnerships; the map zooms to it.',
  'council.pickArea': 'Show only partnerships in {region}',
  'totals.note': 'A partnership with councils in several areas counts in each. Savings are each area’s councils’ shares: each partnership’s estimate divided equally among its councils, so the areas add up to the whole.',
  'council.againstRegion': {
    zero: 'In no partnerships shown; the average council in {region} is in {mean}; {rank} of {of} in its region.',
    one: 'In {count} partnership; the average council in {region} is in {mean}; {rank} of {of} in its region.',
    other: 'In {count} partnerships; the average council in {region} is in {mean}; {rank} of {of} in its region.',
  },

} as const satisfies Record<string, string | { other: string; [form: string]: string }>;

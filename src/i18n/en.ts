import { enAreas } from './enAreas';
import { enPanels } from './enPanels';
import { enText } from './enText';
import type { enAreasLater, enLater, enPanelsLater } from './enLater';

// The English strings of the first view: those of the frame, map, filters and
// summary here, merged with those of the panels (enPanels.ts), the areas map
// (enAreas.ts) and the years (enText.ts). The strings of the views that load
// later are in enLater.ts and arrive with them; Messages is the type of both
// together. cy.ts has every key in Welsh.
// Plural messages give the forms Intl.PluralRules uses for the language.

export const en = {
  'app.title': 'Shared Services Map',
  'app.tagline': 'Which UK councils share services, what they share, and what it saves',
  'app.skipToPanel': 'Skip past the map to the list',
  'app.loading': 'Loading the map…',
  'app.errorTitle': 'The map could not load its data',
  'app.errorMissing': 'The file {file} could not be fetched. Check your connection and try again.',
  'app.errorCorrupt': 'The file {file} is damaged or out of date. Try again; if it keeps happening, tell the site’s web team.',
  'app.errorOther': 'Something went wrong while loading. Try again.',
  'app.retry': 'Try again',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.cy': 'Cymraeg',

  'view.label': 'View',
  'view.map': 'Map',
  'view.table': 'Table',

  'search.label': 'Find a council or partnership',
  'search.placeholder': 'Council or partnership name',
  'search.noResults': 'No council or partnership matches “{query}”',
  'search.results': { one: '{count} result', other: '{count} results' },
  'search.council': 'Council',
  'search.partnership': 'Partnership',
  'search.clear': 'Clear search',

  'map.name': 'Map of councils and the partnerships between them',
  'map.description':
    'Lines join councils that share services: colour shows the service area, width the yearly savings. Use the arrow keys to pan and the plus and minus keys to zoom. The list beside the map and the table view give the same information as text.',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.attribution': 'Source: ONS, OGL v3.0 · Contains OS data © Crown copyright and database right 2025 · Council names and codes: mySociety, CC BY 4.0',
  'footer.attribution':
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2025. Council names and codes: mySociety, CC BY 4.0.',
  'map.yearBadge': 'Councils as in {year}',
  'map.allYearsBadge': 'All years, on {year} boundaries',

  'tooltip.partnerships': { zero: 'No partnerships shown', one: '{count} partnership', other: '{count} partnerships' },
  'tooltip.group': { one: '{count} partnership between these places', other: '{count} partnerships between these places' },
  'tooltip.groupZoom': 'Select to zoom in and see them one by one',
  'tooltip.county': 'In {county}',
  'tooltip.moreCouncils': { one: '{count} more council', other: '{count} more councils' },
  'tooltip.detailsBelow': 'Details below the map',
  'tooltip.cluster': { one: '{count} partnership of five or more councils', other: '{count} partnerships of five or more councils' },
  'tooltip.clusterZoom': 'Select to zoom in and see them apart',
  'tooltip.morePartnerships': { one: '{count} more partnership', other: '{count} more partnerships' },

  'legend.title': 'Key',
  'legend.services': 'Service area',
  'legend.servicesHint': 'Select a service area to show only its partnerships.',
  'legend.several': 'Several service areas: stripes of each colour',
  'legend.groups': 'Grouped lines',
  'legend.groupsHint': 'There are too many partnerships to draw one by one at this zoom: each line groups those between places close together, in the colours of their commonest service areas, as wide as their number. Zoom in, or select a council, to see them one by one.',
  'legend.width': 'Yearly savings per council (our estimate)',
  'legend.unknown': 'Savings not known',
  'legend.show': 'Show the key',
  'legend.hide': 'Hide the key',

  'filters.open': 'Filters',
  'filters.active': { zero: 'none on', one: '{count} on', other: '{count} on' },
  'filters.clear': 'Clear all filters',
  'filters.services': 'Service areas',
  'filters.savings': 'Yearly savings',
  'filters.status': 'Status',
  'filters.area': 'Nation or region',
  'filters.areaAll': 'The whole UK',

  'service.management': 'Management and whole workforce',
  'service.hr-payroll': 'HR and payroll',
  'service.ict': 'ICT and digital',
  'service.finance': 'Finance and insurance',
  'service.audit-fraud': 'Audit and counter-fraud',
  'service.legal': 'Legal and democratic services',
  'service.procurement-assets': 'Procurement, property and assets',
  'service.revenues-benefits': 'Revenues, benefits and customer services',
  'service.waste-environment': 'Waste, environment and transport',
  'service.regulatory': 'Building control and regulatory services',
  'service.people': 'Social care, children and communities',

  'nation.england': 'England',
  'nation.wales': 'Wales',
  'nation.scotland': 'Scotland',
  'nation.northern-ireland': 'Northern Ireland',
  'region.north-east': 'North East',
  'region.north-west': 'North West',
  'region.yorkshire-and-the-humber': 'Yorkshire and the Humber',
  'region.east-midlands': 'East Midlands',
  'region.west-midlands': 'West Midlands',
  'region.east-of-england': 'East of England',
  'region.london': 'London',
  'region.south-east': 'South East',
  'region.south-west': 'South West',

  'band.under-250k': 'Under £250k a year',
  'band.250k-1m': '£250k to £1m a year',
  'band.1m-5m': '£1m to £5m a year',
  'band.5m-plus': '£5m or more a year',
  'band.unknown': 'Not known',

  'status.active': 'Active',
  'status.ended': 'Ended',
  'status.unknown': 'Not known',

  'summary.title': 'What the map shows',
  'summary.partnerships': { zero: 'No partnerships', one: '{count} partnership', other: '{count} partnerships' },
  'summary.councils': { zero: 'no councils', one: '{count} council', other: '{count} councils' },
  'summary.savings': 'Yearly savings: {range}',
  'summary.savingsNone': 'Yearly savings: no figures',
  'summary.savingsFrom': { zero: '', one: 'The total of the {count} partnership with a yearly estimate.', other: 'The total of the {count} partnerships with a yearly estimate.' },
  'summary.noFigure': { zero: '', one: '{count} partnership gives no savings figure.', other: '{count} partnerships give no savings figure.' },
  'summary.noPeriod': { zero: '', one: '{count} partnership gives a savings figure with no period, so no yearly estimate.', other: '{count} partnerships give a savings figure with no period, so no yearly estimate.' },
  'summary.partial': { zero: '', one: '{count} figure covers only some of the partners.', other: '{count} figures cover only some of the partners.' },
  'summary.byService': 'Partnerships by service area',
  'summary.byServiceNote': 'A partnership sharing several service areas counts in each.',
  'summary.estimateNote': 'Savings are our yearly estimates from the figures councils and the press reported: a range where the wording allows no single figure.',

  'money.range': '{low} to {high}',
  'money.perYear': '{amount} a year',
  'money.upTo': 'up to {amount} a year',
  'money.atLeast': 'at least {amount} a year',
  'money.partial': '(some partners only)',
  'money.unknown': 'Not known',

  'list.title': 'Partnerships',
  'panel.loading': 'Loading…',
  'list.empty': 'No partnerships match the filters.',
  'list.showMore': { one: 'Show {count} more', other: 'Show {count} more' },
  // Issue 18: compare councils, share the view (link, picture, print), savings reported apart from targets.
  'summary.savingsReported': '{range} reported as achieved',
  'summary.savingsTarget': '{range} targets and projections',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Could not copy the link: {url}',
  'share.png': 'Download as PNG',
  'share.pngDone': 'Picture of the map downloaded',
  'share.pngFailed': 'The picture could not be made',
  'share.pngFile': 'shared-services-map',
  'filters.figures': 'Savings figures',
  'figures.reported': 'Reported as achieved',
  'figures.target': 'Targets and projections',
  'legend.target': 'Savings a target or projection: hollow line',

  ...enPanels,
  ...enAreas,
  ...enText,
} as const satisfies Record<string, string | { other: string; [form: string]: string }>;

type AllEnglish = typeof en & typeof enLater;
export type Messages = { [K in keyof AllEnglish]: AllEnglish[K] extends string ? string : { other: string } & Partial<Record<Intl.LDMLPluralRule, string>> };

/** The keys of the panels' strings (enPanels.ts and their part in enLater.ts), which cyPanels.ts gives in Welsh. */
export type PanelMessages = Pick<Messages, keyof typeof enPanels | keyof typeof enPanelsLater>;

/** The keys of the areas map's strings (enAreas.ts and their part in enLater.ts), which cyAreas.ts gives in Welsh. */
export type AreaMessages = Pick<Messages, keyof typeof enAreas | keyof typeof enAreasLater>;

/** The keys of the years' and status's strings (enText.ts), which cyText.ts gives in Welsh. */
export type TextMessages = Pick<Messages, keyof typeof enText>;

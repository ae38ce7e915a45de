import type { AreaMessages } from './en';

// The Welsh strings of the areas map and the officer's tools: the keys of
// enAreas.ts. cy.ts merges them into the one Welsh catalogue; its conventions
// and "// review:" notes hold here too.

export const cyAreas: AreaMessages = {
  'layer.label': 'Dangos ar y map',
  'layer.links': 'Cysylltiadau',
  'layer.areas': 'Ardaloedd',
  'layer.measure': 'Lliwio cynghorau yn ôl',
  'measure.count': 'Nifer y partneriaethau',
  'measure.savings': 'Cyfran o’r arbedion blynyddol',
  'measure.serviceGroup': 'Partneriaethau mewn un maes gwasanaeth',
  'areas.count': 'Nifer y partneriaethau y mae pob cyngor ynddynt',
  // review: "wedi’i rannu’n gyfartal rhwng ei chynghorau" for "divided equally among its councils".
  'areas.savings': 'Cyfran o’r arbedion blynyddol (amcangyfrif pob partneriaeth wedi’i rannu’n gyfartal rhwng ei chynghorau)',
  'areas.service': 'Partneriaethau {service} y mae pob cyngor ynddynt',
  'areas.range': '{from} i {to}',
  'areas.under': 'Llai na {to}',
  'areas.orMore': '{from} neu fwy',
  'areas.councils': { zero: '{count} cyngor', one: '{count} cyngor', two: '{count} gyngor', few: '{count} chyngor', many: '{count} chyngor', other: '{count} cyngor' },
  'areas.none': 'Mewn dim un o’r partneriaethau a ddangosir',
  // review: the whole line.
  'areas.note': 'Mae cynghorau dosbarth ac unedol wedi’u lliwio; mae ffigur cyngor sir ei hun yn ei banel. Mae’r hidlyddion yn berthnasol.',
  'tooltip.areaSavings': 'Cyfran o’r arbedion blynyddol: {amount}',
  // review: plural forms of "partneriaeth" before the service's name.
  'tooltip.areaService': {
    zero: 'Dim partneriaethau {service} yn cael eu dangos',
    one: '{count} bartneriaeth {service}',
    two: '{count} bartneriaeth {service}',
    few: '{count} partneriaeth {service}',
    many: '{count} phartneriaeth {service}',
    other: '{count} partneriaeth {service}',
  },
  'totals.title': 'Yn ôl rhanbarth a gwlad',
  'totals.byNation': 'Gwledydd',
  'totals.byRegion': 'Rhanbarthau Lloegr',
  'totals.area': 'Ardal',
  'totals.partnerships': 'Partneriaethau',
  'totals.sharing': 'Cynghorau sy’n rhannu',
  'totals.savings': 'Cyfran o’r arbedion blynyddol',
  'totals.sharingOf': '{sharing} o {councils}',
  // review: the whole line.
  'totals.pick': 'Dewiswch ardal i ddangos ei phartneriaethau hi yn unig; mae’r map yn chwyddo iddi.',
  // review: the whole line.
  'council.pickArea': 'Dangos partneriaethau yn {region} yn unig',
  // review: the whole line.
  'totals.note': 'Mae partneriaeth â chynghorau mewn sawl ardal yn cyfrif ym mhob un. Cyfrannau cynghorau’r ardal yw’r arbedion: amcangyfrif pob partneriaeth wedi’i rannu’n gyfartal rhwng ei chynghorau, felly mae’r ardaloedd yn adio i’r cyfan.',
  // review: "y cyngor cyfartalog" for "the average council"; "safle" for the rank.
  'council.againstRegion': {
    zero: 'Mewn dim partneriaethau a ddangosir; mae’r cyngor cyfartalog yn {region} mewn {mean}; safle {rank} o {of} yn ei ranbarth.',
    one: 'Mewn {count} bartneriaeth; mae’r cyngor cyfartalog yn {region} mewn {mean}; safle {rank} o {of} yn ei ranbarth.',
    two: 'Mewn {count} bartneriaeth; mae’r cyngor cyfartalog yn {region} mewn {mean}; safle {rank} o {of} yn ei ranbarth.',
    few: 'Mewn {count} partneriaeth; mae’r cyngor cyfartalog yn {region} mewn {mean}; safle {rank} o {of} yn ei ranbarth.',
    many: 'Mewn {count} phartneriaeth; mae’r cyngor cyfartalog yn {region} mewn {mean}; safle {rank} o {of} yn ei ranbarth.',
    other: 'Mewn {count} partneriaeth; mae’r cyngor cyfartalog yn {region} mewn {mean}; safle {rank} o {of} yn ei ranbarth.',
  },
};

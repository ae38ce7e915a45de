import type { AreaMessages, Messages, PanelMessages, TextMessages } from './en';
import { cyAreas } from './cyAreas';
import { cyPanels } from './cyPanels';
import { cyText } from './cyText';

// Every Welsh string of the interface: the same keys as en.ts, those of the
// panels, table and embed dialog in cyPanels.ts, merged here into one catalogue.
//
// This catalogue wants review by a Welsh speaker before release. Each string
// the translator was not sure of has a "// review:" note on the line before
// it, in English, naming the term chosen and the alternative. To list them:
//
//   grep -n "review:" src/i18n/cy.ts src/i18n/cyPanels.ts
//
// Conventions used throughout (review them once, not per string):
// - Plain Welsh, "chi" form for instructions ("Dewiswch", "Rhowch gynnig
//   arall arni"), as on Welsh Government and council websites.
// - A number is followed by the singular noun, mutated as if the number were
//   said aloud: 1 bartneriaeth (un, feminine), 2 bartneriaeth / 2 gyngor
//   (dwy/dau), 3 partneriaeth / 3 chyngor (tair does not mutate, tri does),
//   6 phartneriaeth / 6 chyngor (chwe). Intl.PluralRules('cy') picks exactly
//   these forms: zero 0, one 1, two 2, few 3, many 6, other everything else.
// - Zero forms say "Dim …" rather than "0 …".
// - Where a placeholder would need mutating after a preposition ("i", "yn"),
//   the sentence is rephrased so the name comes after an unmutated noun.
// - Typographic apostrophes (’) and quotation marks (“ ”), as in en.ts.

const cyFrame: Omit<Messages, keyof PanelMessages | keyof AreaMessages | keyof TextMessages> = {
  'app.title': 'Map Gwasanaethau a Rennir',
  'app.tagline': 'Pa gynghorau yn y DU sy’n rhannu gwasanaethau, beth maen nhw’n ei rannu, a faint mae hynny’n ei arbed',
  'app.skipToPanel': 'Neidio heibio’r map i’r rhestr',
  'app.loading': 'Yn llwytho’r map…',
  'app.errorTitle': 'Nid oedd modd i’r map lwytho ei ddata',
  'app.errorMissing': 'Nid oedd modd nôl y ffeil {file}. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  // review: "wedi dyddio" for "out of date"; "tîm gwe’r wefan" for "the site’s web team".
  'app.errorCorrupt': 'Mae’r ffeil {file} wedi’i difrodi neu wedi dyddio. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, rhowch wybod i dîm gwe’r wefan.',
  'app.errorOther': 'Aeth rhywbeth o’i le wrth lwytho. Rhowch gynnig arall arni.',
  'app.retry': 'Rhowch gynnig arall arni',
  // review: the notices are rephrased as "<things> nad oedd modd eu dangos: {count}" (… that could not be shown) so no number needs a mutated noun.
  'notice.partnership': { zero: 'Partneriaethau nad oedd modd eu dangos: {count}', one: 'Partneriaethau nad oedd modd eu dangos: {count}', two: 'Partneriaethau nad oedd modd eu dangos: {count}', few: 'Partneriaethau nad oedd modd eu dangos: {count}', many: 'Partneriaethau nad oedd modd eu dangos: {count}', other: 'Partneriaethau nad oedd modd eu dangos: {count}' },
  'notice.council': { zero: 'Cynghorau nad oedd modd eu dangos: {count}', one: 'Cynghorau nad oedd modd eu dangos: {count}', two: 'Cynghorau nad oedd modd eu dangos: {count}', few: 'Cynghorau nad oedd modd eu dangos: {count}', many: 'Cynghorau nad oedd modd eu dangos: {count}', other: 'Cynghorau nad oedd modd eu dangos: {count}' },
  'notice.service': { zero: 'Meysydd gwasanaeth nad oedd modd eu dangos: {count}', one: 'Meysydd gwasanaeth nad oedd modd eu dangos: {count}', two: 'Meysydd gwasanaeth nad oedd modd eu dangos: {count}', few: 'Meysydd gwasanaeth nad oedd modd eu dangos: {count}', many: 'Meysydd gwasanaeth nad oedd modd eu dangos: {count}', other: 'Meysydd gwasanaeth nad oedd modd eu dangos: {count}' },
  'notice.shape': { zero: 'Ffiniau cynghorau nad oedd modd eu lluniadu: {count}', one: 'Ffiniau cynghorau nad oedd modd eu lluniadu: {count}', two: 'Ffiniau cynghorau nad oedd modd eu lluniadu: {count}', few: 'Ffiniau cynghorau nad oedd modd eu lluniadu: {count}', many: 'Ffiniau cynghorau nad oedd modd eu lluniadu: {count}', other: 'Ffiniau cynghorau nad oedd modd eu lluniadu: {count}' },
  'notice.details': { zero: 'Partneriaethau nad oedd modd dangos eu disgrifiad a’u ffynonellau: {count}', one: 'Partneriaethau nad oedd modd dangos eu disgrifiad a’u ffynonellau: {count}', two: 'Partneriaethau nad oedd modd dangos eu disgrifiad a’u ffynonellau: {count}', few: 'Partneriaethau nad oedd modd dangos eu disgrifiad a’u ffynonellau: {count}', many: 'Partneriaethau nad oedd modd dangos eu disgrifiad a’u ffynonellau: {count}', other: 'Partneriaethau nad oedd modd dangos eu disgrifiad a’u ffynonellau: {count}' },
  // review: "wedi’u difrodi" for "damaged".
  'notice.explain': 'Mae rhai cofnodion yn y copi hwn o’r data wedi’u difrodi, felly mae’r map yn eu gadael allan. Mae popeth arall yn gweithio. Os chi sy’n gofalu am y wefan hon, rhedwch npm run data:check ar eich copi.',
  'notice.which': 'Pa gofnodion',
  'notice.item': '{kind} rhif {position}{id}: {reason}',
  'notice.more': { zero: 'a {count} arall', one: 'a {count} arall', two: 'a {count} arall', few: 'a {count} arall', many: 'a {count} arall', other: 'a {count} arall' },
  'notice.kind.partnership': 'Partneriaeth',
  'notice.kind.council': 'Cyngor',
  'notice.kind.service': 'Maes gwasanaeth',
  'notice.kind.shape': 'Ffin',
  'notice.kind.details': 'Manylion',
  'notice.reason.notAnObject': 'nid yw’n gofnod',
  'notice.reason.invalidField': 'mae {field} ar goll neu’n annilys',
  'notice.reason.duplicate': 'mae {field} yn ailadrodd cofnod cynharach',
  'notice.reason.unknownCouncil': 'mae {field} yn enwi cyngor nad yw yn y data',
  'notice.reason.unknownService': 'mae {field} yn enwi maes gwasanaeth nad yw yn y data',
  'notice.reason.shape': 'mae ei hamlinell wedi’i difrodi',

  'lang.label': 'Iaith',
  'lang.en': 'English',
  'lang.cy': 'Cymraeg',

  // review: "Gwedd" (as in Welsh software) for the map/table switch; alternative "Golwg".
  'view.label': 'Gwedd',
  'view.map': 'Map',
  'view.table': 'Tabl',

  'search.label': 'Dod o hyd i gyngor neu bartneriaeth',
  'search.placeholder': 'Enw cyngor neu bartneriaeth',
  'search.noResults': 'Does dim cyngor na phartneriaeth yn cyfateb i “{query}”',
  // review: mutation after digits (2 ganlyniad, 3/6 chanlyniad), as in Mozilla’s Welsh; the alternative is "Canlyniadau: {count}".
  'search.results': {
    zero: 'Dim canlyniadau',
    one: '{count} canlyniad',
    two: '{count} ganlyniad',
    few: '{count} chanlyniad',
    many: '{count} chanlyniad',
    other: '{count} canlyniad',
  },
  'search.council': 'Cyngor',
  'search.partnership': 'Partneriaeth',
  'search.clear': 'Clirio’r chwiliad',

  'map.name': 'Map o’r cynghorau a’r partneriaethau rhyngddynt',
  // review: "trwch" (thickness) for the line "width"; alternative "lled". "symud y map" for "pan"; "gwedd y tabl" for "the table view".
  'map.description':
    'Mae llinellau’n cysylltu cynghorau sy’n rhannu gwasanaethau: mae’r lliw yn dangos y maes gwasanaeth, a’r trwch yn dangos yr arbedion blynyddol. Defnyddiwch y bysellau saeth i symud y map a’r bysellau plws a minws i chwyddo. Mae’r rhestr wrth ymyl y map a gwedd y tabl yn rhoi’r un wybodaeth ar ffurf testun.',
  // review: "Chwyddo i mewn" / "Chwyddo allan"; alternatives "Nesáu" / "Pellhau".
  'map.zoomIn': 'Chwyddo i mewn',
  'map.zoomOut': 'Chwyddo allan',
  // review: legal wording. SYG for ONS; "OGL v3.0" kept as the licence’s identifier; "Arolwg Ordnans" for OS; "hawliau cronfa ddata" (OS’s Welsh statement may use singular "hawl").
  'map.attribution':
    'Ffynhonnell: SYG, OGL v3.0 · Yn cynnwys data’r Arolwg Ordnans © Hawlfraint y Goron a hawliau cronfa ddata 2025 · Enwau a chodau cynghorau: mySociety, CC BY 4.0',
  // review: legal wording, after ONS’s Welsh statement: "wedi’i thrwyddedu o dan y Drwydded Llywodraeth Agored v3.0"; OS and database right as in map.attribution.
  'footer.attribution':
    'Ffynhonnell: Swyddfa Ystadegau Gwladol, wedi’i thrwyddedu o dan y Drwydded Llywodraeth Agored v3.0. Yn cynnwys data’r Arolwg Ordnans © Hawlfraint y Goron a hawliau cronfa ddata 2025. Enwau a chodau cynghorau: mySociety, CC BY 4.0.',
  'map.yearBadge': 'Cynghorau fel yr oeddent yn {year}',
  'map.allYearsBadge': 'Pob blwyddyn, ar ffiniau {year}',

  // review: "i’w gweld" (to be seen) for "shown", here and in council.partnerships, council.summaryLive and live.filtered.
  'tooltip.partnerships': {
    zero: 'Dim partneriaethau i’w gweld',
    one: '{count} bartneriaeth',
    two: '{count} bartneriaeth',
    few: '{count} partneriaeth',
    many: '{count} phartneriaeth',
    other: '{count} partneriaeth',
  },
  // review: "Yn ardal {county}" (in the area of) so the council’s name needs no nasal mutation after "yn".
  'tooltip.group': { zero: 'Dim partneriaethau rhwng y lleoedd hyn', one: 'Un bartneriaeth rhwng y lleoedd hyn', two: 'Dwy bartneriaeth rhwng y lleoedd hyn', few: '{count} partneriaeth rhwng y lleoedd hyn', many: '{count} phartneriaeth rhwng y lleoedd hyn', other: '{count} partneriaeth rhwng y lleoedd hyn' },
  'tooltip.groupZoom': 'Dewiswch i chwyddo a’u gweld fesul un',
  'tooltip.county': 'Yn ardal {county}',
  // review: "cyngor arall" (another council) stays singular after a number, as Welsh counts do.
  'tooltip.moreCouncils': { zero: '{count} cyngor arall', one: '{count} cyngor arall', two: '{count} gyngor arall', few: '{count} cyngor arall', many: '{count} chyngor arall', other: '{count} cyngor arall' },
  // review: "Manylion o dan y map" for the pointer to the panel below the map on a phone.
  'tooltip.detailsBelow': 'Manylion o dan y map',
  // review: "o bum cyngor neu fwy" (of five councils or more); the number's mutations as in tooltip.partnerships.
  'tooltip.cluster': {
    zero: 'Dim partneriaethau o bum cyngor neu fwy',
    one: '{count} bartneriaeth o bum cyngor neu fwy',
    two: '{count} bartneriaeth o bum cyngor neu fwy',
    few: '{count} partneriaeth o bum cyngor neu fwy',
    many: '{count} phartneriaeth o bum cyngor neu fwy',
    other: '{count} partneriaeth o bum cyngor neu fwy',
  },
  'tooltip.clusterZoom': 'Dewiswch i chwyddo a’u gweld ar wahân',
  'tooltip.morePartnerships': { zero: '{count} partneriaeth arall', one: '{count} bartneriaeth arall', two: '{count} bartneriaeth arall', few: '{count} partneriaeth arall', many: '{count} phartneriaeth arall', other: '{count} partneriaeth arall' },

  'legend.title': 'Allwedd',
  'legend.services': 'Maes gwasanaeth',
  'legend.servicesHint': 'Dewiswch faes gwasanaeth i ddangos ei bartneriaethau yn unig.',
  'legend.several': 'Sawl maes gwasanaeth: streipiau o bob lliw',
  // review: "llinellau wedi’u grwpio" for grouped lines.
  'legend.groups': 'Llinellau wedi’u grwpio',
  'legend.groupsHint': 'Mae gormod o bartneriaethau i’w tynnu fesul un ar y lefel chwyddo hon: mae pob llinell yn grwpio’r rhai rhwng lleoedd sy’n agos at ei gilydd, yn lliwiau eu meysydd gwasanaeth mwyaf cyffredin, mor llydan â’u nifer. Chwyddwch, neu dewiswch gyngor, i’w gweld fesul un.',
  'legend.width': 'Arbedion blynyddol i bob cyngor (ein hamcangyfrif)', // review: "per council"
  'legend.unknown': 'Arbedion anhysbys',
  'legend.show': 'Dangos yr allwedd',
  'legend.hide': 'Cuddio’r allwedd',

  'filters.open': 'Hidlyddion',
  // review: "ar waith" for "on" (shown as "Hidlyddion (2 ar waith)"); alternative "ymlaen".
  'filters.active': {
    zero: 'dim ar waith',
    one: '{count} ar waith',
    two: '{count} ar waith',
    few: '{count} ar waith',
    many: '{count} ar waith',
    other: '{count} ar waith',
  },
  'filters.clear': 'Clirio pob hidlydd',
  'filters.services': 'Meysydd gwasanaeth',
  'filters.savings': 'Arbedion blynyddol',
  'filters.status': 'Statws',
  'filters.area': 'Gwlad neu ranbarth',
  'filters.areaAll': 'Y DU gyfan',

  // review: "Rheoli a’r gweithlu cyfan" for "Management and whole workforce" (shared chief executives and staff).
  'service.management': 'Rheoli a’r gweithlu cyfan',
  'service.hr-payroll': 'Adnoddau dynol a chyflogres',
  'service.ict': 'TGCh a digidol',
  'service.finance': 'Cyllid ac yswiriant',
  // review: "gwrth-dwyll" for "counter-fraud" (as in councils’ "Tîm Gwrth-dwyll"); alternative "atal twyll".
  'service.audit-fraud': 'Archwilio a gwrth-dwyll',
  'service.legal': 'Gwasanaethau cyfreithiol a democrataidd',
  'service.procurement-assets': 'Caffael, eiddo ac asedau',
  'service.revenues-benefits': 'Refeniw, budd-daliadau a gwasanaethau cwsmeriaid',
  'service.waste-environment': 'Gwastraff, yr amgylchedd a thrafnidiaeth',
  'service.regulatory': 'Rheoli adeiladu a gwasanaethau rheoleiddio',
  'service.people': 'Gofal cymdeithasol, plant a chymunedau',

  'nation.england': 'Lloegr',
  'nation.wales': 'Cymru',
  'nation.scotland': 'Yr Alban',
  'nation.northern-ireland': 'Gogledd Iwerddon',
  // review: English regions with "Lloegr" added and hyphenated compass points (Gogledd-ddwyrain, De-orllewin …); ONS’s Welsh pages write "Gogledd Ddwyrain" without "Lloegr".
  'region.north-east': 'Gogledd-ddwyrain Lloegr',
  'region.north-west': 'Gogledd-orllewin Lloegr',
  'region.yorkshire-and-the-humber': 'Swydd Efrog a’r Humber',
  'region.east-midlands': 'Dwyrain Canolbarth Lloegr',
  'region.west-midlands': 'Gorllewin Canolbarth Lloegr',
  'region.east-of-england': 'Dwyrain Lloegr',
  'region.london': 'Llundain',
  'region.south-east': 'De-ddwyrain Lloegr',
  'region.south-west': 'De-orllewin Lloegr',

  // review: "£250k" and "£1m" kept as in English; alternative "£250 mil", "£1 miliwn".
  'band.under-250k': 'Llai na £250k y flwyddyn',
  'band.250k-1m': '£250k i £1m y flwyddyn',
  'band.1m-5m': '£1m i £5m y flwyddyn',
  'band.5m-plus': '£5m neu fwy y flwyddyn',
  'band.unknown': 'Anhysbys',

  // review: "Ar waith" for a partnership that is active; alternative "Gweithredol".
  'status.active': 'Ar waith',
  'status.ended': 'Wedi dod i ben',
  'status.unknown': 'Anhysbys',

  'summary.title': 'Beth mae’r map yn ei ddangos',
  'summary.partnerships': {
    zero: 'Dim partneriaethau',
    one: '{count} bartneriaeth',
    two: '{count} bartneriaeth',
    few: '{count} partneriaeth',
    many: '{count} phartneriaeth',
    other: '{count} partneriaeth',
  },
  'summary.councils': {
    zero: 'dim cynghorau',
    one: '{count} cyngor',
    two: '{count} gyngor',
    few: '{count} chyngor',
    many: '{count} chyngor',
    other: '{count} cyngor',
  },
  'summary.savings': 'Arbedion blynyddol: {range}',
  'summary.savingsNone': 'Arbedion blynyddol: dim ffigurau',
  // review: "Cyfanswm y … sydd ag amcangyfrif blynyddol" for "The total of the … with a yearly estimate".
  'summary.savingsFrom': {
    zero: '',
    one: 'Cyfanswm y {count} bartneriaeth sydd ag amcangyfrif blynyddol.',
    two: 'Cyfanswm y {count} bartneriaeth sydd ag amcangyfrif blynyddol.',
    few: 'Cyfanswm y {count} partneriaeth sydd ag amcangyfrif blynyddol.',
    many: 'Cyfanswm y {count} phartneriaeth sydd ag amcangyfrif blynyddol.',
    other: 'Cyfanswm y {count} partneriaeth sydd ag amcangyfrif blynyddol.',
  },
  'summary.noFigure': {
    zero: '',
    one: 'Nid yw {count} bartneriaeth yn rhoi ffigur arbedion.',
    two: 'Nid yw {count} bartneriaeth yn rhoi ffigur arbedion.',
    few: 'Nid yw {count} partneriaeth yn rhoi ffigur arbedion.',
    many: 'Nid yw {count} phartneriaeth yn rhoi ffigur arbedion.',
    other: 'Nid yw {count} partneriaeth yn rhoi ffigur arbedion.',
  },
  // review: "heb gyfnod" for "with no period".
  'summary.noPeriod': {
    zero: '',
    one: 'Mae {count} bartneriaeth yn rhoi ffigur arbedion heb gyfnod, felly nid oes amcangyfrif blynyddol.',
    two: 'Mae {count} bartneriaeth yn rhoi ffigur arbedion heb gyfnod, felly nid oes amcangyfrif blynyddol.',
    few: 'Mae {count} partneriaeth yn rhoi ffigur arbedion heb gyfnod, felly nid oes amcangyfrif blynyddol.',
    many: 'Mae {count} phartneriaeth yn rhoi ffigur arbedion heb gyfnod, felly nid oes amcangyfrif blynyddol.',
    other: 'Mae {count} partneriaeth yn rhoi ffigur arbedion heb gyfnod, felly nid oes amcangyfrif blynyddol.',
  },
  // review: "yn cwmpasu rhai o’r partneriaid yn unig" for "covers only some of the partners".
  'summary.partial': {
    zero: '',
    one: 'Mae {count} ffigur yn cwmpasu rhai o’r partneriaid yn unig.',
    two: 'Mae {count} ffigur yn cwmpasu rhai o’r partneriaid yn unig.',
    few: 'Mae {count} ffigur yn cwmpasu rhai o’r partneriaid yn unig.',
    many: 'Mae {count} ffigur yn cwmpasu rhai o’r partneriaid yn unig.',
    other: 'Mae {count} ffigur yn cwmpasu rhai o’r partneriaid yn unig.',
  },
  'summary.byService': 'Partneriaethau fesul maes gwasanaeth',
  'summary.byServiceNote': 'Mae partneriaeth sy’n rhannu sawl maes gwasanaeth yn cyfrif ym mhob un.',
  // review: "a nodwyd gan gynghorau a’r wasg" for "the figures councils and the press reported"; "ystod" for "a range".
  'summary.estimateNote':
    'Ein hamcangyfrifon blynyddol ni yw’r arbedion, yn seiliedig ar y ffigurau a nodwyd gan gynghorau a’r wasg: ystod lle nad yw’r geiriad yn caniatáu un ffigur.',

  'money.range': '{low} i {high}',
  'money.perYear': '{amount} y flwyddyn',
  'money.upTo': 'hyd at {amount} y flwyddyn',
  'money.atLeast': 'o leiaf {amount} y flwyddyn',
  'money.partial': '(rhai partneriaid yn unig)',
  'money.unknown': 'Anhysbys',

  'list.title': 'Partneriaethau',
  'panel.loading': 'Wrthi’n llwytho…',
  'list.empty': 'Does dim partneriaethau’n cyfateb i’r hidlyddion.',
  'list.showMore': {
    zero: 'Dangos {count} arall',
    one: 'Dangos {count} arall',
    two: 'Dangos {count} arall',
    few: 'Dangos {count} arall',
    many: 'Dangos {count} arall',
    other: 'Dangos {count} arall',
  },
  // Issue 18: compare councils, share the view (link, picture, print), savings reported apart from targets.
  // review: "a adroddwyd fel wedi’u cyflawni" for "reported as achieved"; "targedau a rhagamcanion" for "targets and projections".
  'summary.savingsReported': '{range} a adroddwyd fel wedi’u cyflawni',
  'summary.savingsTarget': '{range} o dargedau a rhagamcanion',
  'share.copyLink': 'Copïo’r ddolen',
  'share.copied': 'Dolen wedi’i chopïo',
  'share.copyFailed': 'Methwyd copïo’r ddolen: {url}',
  'share.png': 'Lawrlwytho fel PNG',
  'share.pngDone': 'Llun o’r map wedi’i lawrlwytho',
  'share.pngFailed': 'Methwyd gwneud y llun',
  'share.pngFile': 'map-gwasanaethau-a-rennir',
  'filters.figures': 'Ffigurau arbedion',
  'figures.reported': 'Wedi’u hadrodd fel wedi’u cyflawni',
  'figures.target': 'Targedau a rhagamcanion',
  'legend.target': 'Arbedion yn darged neu’n rhagamcan: llinell wag',
  'caption.all': 'Pob partneriaeth',
  'caption.compare': 'Cymharu {names}',
  'caption.services': 'Meysydd gwasanaeth: {list}',
  'caption.status': 'Statws: {list}',
  'caption.savings': 'Arbedion blynyddol: {list}',
  'caption.figures': 'Ffigurau arbedion: {list}',
  'caption.year': 'Partneriaethau ar waith yn {year}',
  'caption.allYears': 'Pob blwyddyn, ar ffiniau {year}',
  'caption.areasMap': 'Cynghorau wedi’u lliwio yn ôl {measure}',
  'caption.measure.count': 'nifer y partneriaethau',
  'caption.measure.savings': 'cyfran o’r arbedion blynyddol',
  'caption.measure.service': 'partneriaethau {service}',

};

export const cy: Messages = { ...cyFrame, ...cyPanels, ...cyAreas, ...cyText };

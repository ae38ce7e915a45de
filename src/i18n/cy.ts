import type { Messages } from './en';

// Every Welsh string of the interface: the same keys as en.ts.
//
// This catalogue wants review by a Welsh speaker before release. Each string
// the translator was not sure of has a "// review:" note on the line before
// it, in English, naming the term chosen and the alternative. To list them:
//
//   grep -n "review:" src/i18n/cy.ts
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

export const cy: Messages = {
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
  'map.earlyYearNote': 'Mae ffiniau cyn 2014 yn cael eu dangos fel yr oeddent yn 2014.',

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

  'legend.title': 'Allwedd',
  'legend.services': 'Maes gwasanaeth',
  'legend.servicesHint': 'Dewiswch faes gwasanaeth i ddangos ei bartneriaethau yn unig.',
  'legend.several': 'Sawl maes gwasanaeth: streipiau o bob lliw',
  // review: "llinellau wedi’u grwpio" for grouped lines.
  'legend.groups': 'Llinellau wedi’u grwpio',
  'legend.groupsHint': 'Mae gormod o bartneriaethau i’w tynnu fesul un ar y lefel chwyddo hon: mae pob llinell yn grwpio’r rhai rhwng lleoedd sy’n agos at ei gilydd, yn lliwiau eu meysydd gwasanaeth mwyaf cyffredin, mor llydan â’u nifer. Chwyddwch, neu dewiswch gyngor, i’w gweld fesul un.',
  'legend.width': 'Arbedion blynyddol (ein hamcangyfrif)',
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
  'list.empty': 'Does dim partneriaethau’n cyfateb i’r hidlyddion.',
  'list.showMore': {
    zero: 'Dangos {count} arall',
    one: 'Dangos {count} arall',
    two: 'Dangos {count} arall',
    few: 'Dangos {count} arall',
    many: 'Dangos {count} arall',
    other: 'Dangos {count} arall',
  },

  'council.type.county': 'Cyngor sir',
  'council.type.district': 'Cyngor dosbarth',
  'council.type.unitary': 'Cyngor unedol',
  // review: "Cyngor bwrdeistref fetropolitan" (adjective mutated after feminine "bwrdeistref").
  'council.type.metropolitan': 'Cyngor bwrdeistref fetropolitan',
  'council.type.london-borough': 'Bwrdeistref Llundain',
  // review: "Prif gyngor yng Nghymru" for "Welsh principal council" (they are cyngor sir or cyngor bwrdeistref sirol by name).
  'council.type.welsh': 'Prif gyngor yng Nghymru',
  'council.type.scottish': 'Cyngor yn yr Alban',
  'council.type.northern-irish': 'Cyngor yng Ngogledd Iwerddon',
  // review: "daeth {successors} yn ei le" (came in its place) for "replaced by".
  'council.abolished': 'Diddymwyd yn {year}; daeth {successors} yn ei le.',
  'council.created': 'Sefydlwyd yn {year}.',
  // review: "Daeth yn lle {predecessors}" for "Took over from"; alternative "Cymerodd le {predecessors}".
  'council.formerly': 'Daeth yn lle {predecessors}.',
  'council.partnerships': {
    zero: 'Dim partneriaethau i’w gweld',
    one: '{count} bartneriaeth i’w gweld',
    two: '{count} bartneriaeth i’w gweld',
    few: '{count} partneriaeth i’w gweld',
    many: '{count} phartneriaeth i’w gweld',
    other: '{count} partneriaeth i’w gweld',
  },
  'council.summaryLive': {
    zero: '{name}: dim partneriaethau i’w gweld',
    one: '{name}: {count} bartneriaeth, {savings}',
    two: '{name}: {count} bartneriaeth, {savings}',
    few: '{name}: {count} partneriaeth, {savings}',
    many: '{name}: {count} phartneriaeth, {savings}',
    other: '{name}: {count} partneriaeth, {savings}',
  },
  'council.savingsLive': '{range} y flwyddyn',
  'council.savingsLiveNone': 'dim ffigurau arbedion',
  'council.alsoHere': 'Mae gan yr ardal hon gyngor sir hefyd:',
  'council.districtHere': 'Cynghorau dosbarth yn y sir hon',
  'council.switchTo': 'Dangos {name}',
  // review: "Cau manylion y cyngor" (close the council’s details), clearer than a word-for-word "Cau’r cyngor".
  'council.close': 'Cau manylion y cyngor',
  'council.none': 'Nid oes gan y cyngor hwn bartneriaethau sy’n cyfateb i’r hidlyddion.',

  'partnership.loading': 'Wrthi’n llwytho’r disgrifiad a’r ffynonellau…',
  'partnership.detailsMissing': 'Nid oedd modd llwytho’r disgrifiad a’r ffynonellau. Rhowch gynnig arall arni yn nes ymlaen.',
  'partnership.detailsDamaged': 'Mae disgrifiad a ffynonellau’r bartneriaeth hon wedi’u difrodi yn y copi hwn o’r data, felly nid ydynt i’w gweld.',
  // review: "cyfeiriad heb ddolen" for "address not linked".
  'partnership.unsafeAddress': 'cyfeiriad heb ddolen: {url}',
  'partnership.close': 'Cau’r manylion',
  // review: "Yn ôl i fanylion {name}" (back to the details of), so the council’s name needs no soft mutation after "i".
  'partnership.back': 'Yn ôl i fanylion {name}',
  'partnership.partners': 'Cynghorau',
  // review: "cyngor arweiniol" (lead council) for "lead"; alternative "partner arweiniol".
  'partnership.lead': 'cyngor arweiniol',
  'partnership.joined': 'ymunodd yn {year}',
  'partnership.left': 'gadawodd yn {year}',
  'partnership.services': 'Meysydd gwasanaeth',
  'partnership.servicesAsWritten': 'Yng ngeiriau’r ffynhonnell: “{text}”',
  'partnership.started': 'Dechreuodd yn {year}',
  'partnership.startUnknown': 'Blwyddyn ddechrau anhysbys',
  'partnership.ended': 'daeth i ben yn {year}',
  'partnership.endedUnknown': 'daeth i ben (blwyddyn anhysbys)',
  'partnership.savings': 'Arbedion',
  // review: "Fel yr adroddwyd" for "As reported"; alternative "Fel y’i dyfynnwyd".
  'partnership.quoted': 'Fel yr adroddwyd',
  'partnership.estimate': 'Ein hamcangyfrif blynyddol',
  'partnership.noSavings': 'Does dim ffynhonnell yn rhoi ffigur arbedion.',
  'partnership.unclearSavings': 'Nid yw’r geiriad yn nodi cyfnod, felly nid ydym yn gwneud amcangyfrif blynyddol.',
  // review: "rhagamcan" for "projection"; "arbediad yr adroddwyd iddo gael ei wneud" for "a saving reported as made".
  'partnership.target': 'Targed neu ragamcan yw hwn, nid arbediad yr adroddwyd iddo gael ei wneud.',
  'partnership.sources': 'Ffynonellau',
  // review: "gwiriwyd" for "checked" (read against the source on that day).
  'partnership.checked': 'gwiriwyd {date}',
  // review: "Yn cefnogi" for "backs" (a quoted passage backs a claim).
  'partnership.backs': 'Yn cefnogi {claims}',
  'claim.source': 'ffynhonnell {number}',
  'claim.name.councils': 'pwy yw’r partneriaid',
  'claim.name.services': 'beth sy’n cael ei rannu',
  'claim.name.start': 'y flwyddyn gychwyn',
  'claim.name.end': 'y flwyddyn orffen',
  // review: "a yw’n dal i redeg" for "whether it is running".
  'claim.name.status': 'a yw’n dal i redeg',
  'claim.name.savings': 'yr arbedion',
  'claim.name.lead': 'y cyngor arweiniol',
  'claim.name.membership': 'pwy ymunodd neu adawodd',
  // review: "fel y’u dyfynnir yn" for "as quoted in", in the eight lines below.
  'claim.backed.councils': 'Partneriaid fel y’u dyfynnir yn',
  'claim.backed.services': 'Beth sy’n cael ei rannu fel y’i dyfynnir yn',
  'claim.backed.start': 'Blwyddyn gychwyn fel y’i dyfynnir yn',
  'claim.backed.end': 'Blwyddyn orffen fel y’i dyfynnir yn',
  'claim.backed.status': 'Statws fel y’i dyfynnir yn',
  'claim.backed.savings': 'Arbedion fel y’u dyfynnir yn',
  'claim.backed.lead': 'Cyngor arweiniol fel y’i dyfynnir yn',
  'claim.backed.membership': 'Ymuno neu adael fel y’i dyfynnir yn',
  'claim.unbacked.councils': 'Nid oes darn o ffynhonnell yn enwi’r partneriaid.',
  'claim.unbacked.services': 'Nid oes darn o ffynhonnell yn dweud beth sy’n cael ei rannu.',
  'claim.unbacked.start': 'Nid oes darn o ffynhonnell yn rhoi’r flwyddyn gychwyn.',
  'claim.unbacked.end': 'Nid oes darn o ffynhonnell yn rhoi’r flwyddyn orffen.',
  'claim.unbacked.status': 'Nid oes darn o ffynhonnell yn dweud a yw’n dal i redeg.',
  'claim.unbacked.savings': 'Nid oes darn o ffynhonnell yn rhoi’r arbedion.',
  'claim.unbacked.lead': 'Nid oes darn o ffynhonnell yn enwi’r cyngor arweiniol.',
  'claim.unbacked.membership': 'Nid oes darn o ffynhonnell yn dweud pwy ymunodd neu adawodd.',
  'partnership.notes': 'Nodiadau',
  'partnership.kind.annual': 'ffigur blynyddol',
  // review: "{years} o flynyddoedd" avoids the mutated "blynedd/mlynedd" a bare number would need ({years} is not a plural message).
  'partnership.kind.period': {
    zero: 'cyfanswm dros {count} mlynedd',
    one: 'cyfanswm dros flwyddyn',
    two: 'cyfanswm dros ddwy flynedd, wedi’i rannu’n gyfartal',
    few: 'cyfanswm dros {count} blynedd, wedi’i rannu’n gyfartal',
    many: 'cyfanswm dros {count} blynedd, wedi’i rannu’n gyfartal',
    other: 'cyfanswm dros {count} o flynyddoedd, wedi’i rannu’n gyfartal',
  },
  // review: as partnership.kind.period; "hyd yma" for "to date".
  'partnership.kind.cumulative': {
    zero: 'cyfanswm hyd yma dros {count} mlynedd',
    one: 'cyfanswm hyd yma dros flwyddyn',
    two: 'cyfanswm hyd yma dros ddwy flynedd, wedi’i rannu’n gyfartal',
    few: 'cyfanswm hyd yma dros {count} blynedd, wedi’i rannu’n gyfartal',
    many: 'cyfanswm hyd yma dros {count} blynedd, wedi’i rannu’n gyfartal',
    other: 'cyfanswm hyd yma dros {count} o flynyddoedd, wedi’i rannu’n gyfartal',
  },
  'partnership.kind.unclear': 'ffigur heb gyfnod',
  // review: "wedi’i luosi â nifer y partneriaid ({count})" avoids "â"/"ag" before a bare number.
  'partnership.perPartner': 'Mae’r ffigur ar gyfer pob partner, felly rydym wedi’i luosi â nifer y partneriaid ({count}).',
  'partnership.openLive': 'Manylion {name}',

  'table.title': 'Partneriaethau ar ffurf tabl',
  'table.caption': {
    zero: 'Does dim partneriaethau’n cyfateb i’r hidlyddion',
    one: '{count} bartneriaeth, wedi’i threfnu yn ôl {column}',
    two: '{count} bartneriaeth, wedi’u trefnu yn ôl {column}',
    few: '{count} partneriaeth, wedi’u trefnu yn ôl {column}',
    many: '{count} phartneriaeth, wedi’u trefnu yn ôl {column}',
    other: '{count} partneriaeth, wedi’u trefnu yn ôl {column}',
  },
  'table.name': 'Partneriaeth',
  'table.councils': 'Cynghorau',
  'table.services': 'Meysydd gwasanaeth',
  'table.start': 'Dechrau',
  'table.end': 'Diwedd',
  'table.status': 'Statws',
  'table.savings': 'Arbedion blynyddol (amcangyfrif)',
  'table.andMore': {
    zero: '{count} arall',
    one: '{count} arall',
    two: '{count} arall',
    few: '{count} arall',
    many: '{count} arall',
    other: '{count} arall',
  },
  // review: the number in brackets avoids "y 2 res / y 3 rhes" mutations, as the message is not a plural one.
  // review: "rhes" (row) is feminine: "ddwy res", "tair rhes", "chwe rhes".
  'table.download': {
    zero: 'Dim rhesi i’w lawrlwytho',
    one: 'Lawrlwytho’r rhes hon fel CSV',
    two: 'Lawrlwytho’r ddwy res hyn fel CSV',
    few: 'Lawrlwytho’r {count} rhes hyn fel CSV',
    many: 'Lawrlwytho’r {count} rhes hyn fel CSV',
    other: 'Lawrlwytho’r rhesi hyn fel CSV ({count})',
  },
  // review: file name for the CSV download; ASCII only so it survives every file system.
  'table.csvFile': 'gwasanaethau-a-rennir',

  // review: "Codau GSS" keeps the code system’s English initials (Government Statistical Service), as ONS’s Welsh pages do.
  'csv.codes': 'Codau GSS',
  'csv.quote': 'Arbedion fel y’u dyfynnwyd',
  'csv.low': 'Amcangyfrif isel (£ y flwyddyn)',
  'csv.high': 'Amcangyfrif uchel (£ y flwyddyn)',
  'csv.sources': 'Ffynonellau',

  // review: "Mewnosod y map hwn" for "Embed this map".
  'embed.open': 'Mewnosod y map hwn',
  'embed.title': 'Mewnosod y map hwn ar eich gwefan',
  'embed.intro': 'Gludwch y cod isod yn eich tudalen, neu mewn bloc HTML yn eich system rheoli cynnwys. Mae’r map yn dangos yr olwg sydd gennych nawr: yr un cyngor, hidlwyr a blwyddyn.',
  'embed.height': 'Uchder mewn picseli',
  'embed.list': 'Dangos y rhestr o bartneriaethau',
  // review: "lliw eich brand" for brand colour.
  'embed.accent': 'Lliw eich brand (dewisol)',
  'embed.accentHint': 'Lliw ar gyfer botymau a dolenni, wedi’i ysgrifennu fel #rrggbb. Gadewch yn wag i gadw lliwiau’r map ei hun.',
  'embed.code': 'Cod i’w ludo',
  'embed.copy': 'Copïo’r cod',
  'embed.copied': 'Wedi’i gopïo.',
  'embed.copyFailed': 'Ni wnaeth eich porwr ei gopïo: mae’r cod wedi’i ddewis, felly copïwch ef gyda Ctrl+C (neu ⌘C).',
  'embed.help': 'Mae’r sgript yn gadael i’r map gymryd yr uchder sydd ei angen arno; hebddi, mae’r map yn cadw’r uchder uchod. Nid yw’r map yn gosod cwcis nac yn gwneud ceisiadau i wefannau eraill.',
  'embed.preview': 'Rhagolwg',
  'embed.close': 'Cau',
  'embed.iframeTitle': 'Map Gwasanaethau a Rennir: {name}',
  'embed.iframeTitleAll': 'Map Gwasanaethau a Rennir: sut mae cynghorau’r DU yn rhannu gwasanaethau',
  'embed.openFull': 'Agor y map llawn',
  'embed.newWindow': '(yn agor mewn ffenestr newydd)',

  // review: "olwyn sgrolio" for scroll wheel.
  'gesture.wheel': 'Cliciwch y map i chwyddo gyda’r olwyn sgrolio',
  'gesture.touch': 'Defnyddiwch ddau fys i symud y map',

  'live.filtered': {
    zero: 'Does dim partneriaethau’n cyfateb i’r hidlyddion',
    one: '{count} bartneriaeth i’w gweld',
    two: '{count} bartneriaeth i’w gweld',
    few: '{count} partneriaeth i’w gweld',
    many: '{count} phartneriaeth i’w gweld',
    other: '{count} partneriaeth i’w gweld',
  },

  'footer.about': 'Ynglŷn â’r map hwn',
  // review: "y Gymdeithas Llywodraeth Leol" for the (English) Local Government Association, not the WLGA; "y gellir eu cymharu" for "comparable".
  'footer.aboutText':
    'Olynydd i fap gwasanaethau a rennir y Gymdeithas Llywodraeth Leol, nad yw’n cael ei ddiweddaru mwyach. Mae gan bob partneriaeth ffynhonnell gyhoeddus; mae’r arbedion yn ffigurau a adroddwyd, wedi’u troi’n amcangyfrifon blynyddol y gellir eu cymharu.',
  // review: "lliwiau'r meysydd gwasanaeth" for service-area colours.
  'footer.palette': 'Lliwiau’r meysydd gwasanaeth: CARTOColors gan CARTO, CC BY 4.0.',
  'footer.data': 'Ffynonellau data',
};

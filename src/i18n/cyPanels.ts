import type { PanelMessages } from './en';

// The Welsh strings of the panels beside the map, the table, the embed dialog,
// the gesture hints, the live region and the footer: the keys of enPanels.ts.
// cy.ts merges them into the one Welsh catalogue, and its conventions and
// "// review:" notes hold here too.

export const cyPanels: PanelMessages = {
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
  'footer.palette': 'Lliwiau’r meysydd gwasanaeth wedi’u dewis i’w gwahaniaethu gyda dallineb lliw.',
  'footer.data': 'Ffynonellau data',
  // Issue 18: compare councils, share the view (link, picture, print), savings reported apart from targets.
  'council.savingsShare': 'Ei gyfran: arbedion blynyddol pob partneriaeth wedi’u rhannu’n gyfartal rhwng ei chynghorau (anaml y mae ffynonellau’n dweud sut mae’r arbedion yn disgyn).',
  // review: "cymhariaeth" for "comparison".
  'council.compareAdd': 'Ychwanegu at y gymhariaeth',
  'council.compareRemove': 'Tynnu o’r gymhariaeth',
  'council.compareFull': 'Mae lle i {max} cyngor ar y mwyaf mewn cymhariaeth.',
  'compare.title': 'Cymharu cynghorau',
  'compare.pickMore': 'Dewiswch gyngor arall ar y map neu yn y chwiliad, yna ychwanegwch ef at y gymhariaeth.',
  'compare.clear': 'Gorffen y gymhariaeth',
  'compare.remove': 'Tynnu {name} o’r gymhariaeth',
  'compare.shared': 'Partneriaethau y maen nhw’n eu rhannu',
  'compare.sharedNone': 'Nid yw’r cynghorau hyn yn rhannu unrhyw bartneriaeth sy’n cyfateb i’r hidlyddion.',
  'compare.sharedBy': 'Yn cael ei rhannu gan {names}',
  // review: mutations of "cyngor" after the number, as in council.partnerships.
  'compare.partners': {
    zero: 'Nid yw’n rhannu ag unrhyw gyngor arall',
    one: 'Yn rhannu ag {count} cyngor arall',
    two: 'Yn rhannu â {count} gyngor arall',
    few: 'Yn rhannu â {count} chyngor arall',
    many: 'Yn rhannu â {count} chyngor arall',
    other: 'Yn rhannu â {count} cyngor arall',
  },
  'compare.byService': 'Ei bartneriaethau fesul maes gwasanaeth',
  'compare.none': 'Dim partneriaethau sy’n cyfateb i’r hidlyddion.',
  'compare.savings': 'Ei gyfran o’r arbedion blynyddol: {range}',
};

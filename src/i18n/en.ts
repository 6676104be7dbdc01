/**
 * The interface in English: the source every other dictionary translates, key for key. Collected
 * from the pages, components, layout and map script; `{name}` is a slot the page fills (a `{link}`
 * slot takes markup), and a message that counts has one form per plural category.
 */
import type { Message } from './messages.ts';

export const en = {
  // The page frame (layouts/Base.astro)
  'site.name': 'Aras Border Timeline',
  'site.tagline': 'Iran’s northern frontier, 2020 and after',
  'site.skipToContent': 'Skip to content',
  'site.mainNav': 'Main',
  'site.languages': 'Languages',
  'site.dataLinkTitle': 'Timeline data (JSON)',
  'site.feedLinkTitle': 'New digests (Atom)',
  'nav.timeline': 'Timeline',
  'nav.map': 'Map',
  'nav.places': 'Places',
  'nav.actors': 'Actors',
  'nav.search': 'Search',
  'nav.about': 'About & data',
  'footer.digests':
    'Digests are written by contributors in their own words from the published articles; each links to its original. Claims are attributed to whoever makes them.',
  'footer.about': 'About, sources and data',
  'footer.feed': 'Feed of new digests',
  'footer.credits': 'Map data: Natural Earth · Coordinates: GeoNames (CC BY 4.0)',
  'translation.missing': 'Not yet translated: shown in English.',

  // Labels for the content model's codes (lib/site/labels.ts, lib/timeline/actors.ts)
  'eventKind.fighting': 'Fighting',
  'eventKind.cross-border-fire': 'Cross-border fire',
  'eventKind.deployment': 'Deployment',
  'eventKind.visit': 'Visit',
  'eventKind.statement': 'Statement',
  'eventKind.diplomacy': 'Diplomacy',
  'eventKind.ceasefire': 'Ceasefire',
  'eventKind.none': 'Event',
  'placeKind.city': 'City',
  'placeKind.town': 'Town',
  'placeKind.village': 'Village',
  'placeKind.county': 'County',
  'placeKind.district': 'District',
  'placeKind.province': 'Province',
  'placeKind.region': 'Region',
  'placeKind.border-crossing': 'Border crossing',
  'placeKind.river': 'River',
  'actorKind.state': 'States',
  'actorKind.organisation': 'Organisations',
  'actorKind.person': 'People',
  'country.IR': 'Iran',
  'country.AZ': 'Azerbaijan',
  'country.AM': 'Armenia',
  'country.GE': 'Georgia',
  'country.TR': 'Turkey',
  'country.RU': 'Russia',
  'country.US': 'United States',
  'country.CH': 'Switzerland',

  // Counts
  'count.entries': { one: '{n} entry', other: '{n} entries' },
  'count.events': { one: '{n} event', other: '{n} events' },
  'count.articles': { one: '{n} article', other: '{n} articles' },
  'count.datedEvents': { one: '{n} dated event', other: '{n} dated events' },
  'count.newsArticles': { one: '{n} news article', other: '{n} news articles' },
  'count.corrections': { one: 'a correction', other: '{n} corrections' },
  'count.places': { one: '{n} place: {names}', other: '{n} places: {names}' },

  // The home page (pages/index.astro)
  'home.description':
    "A dated timeline of Iran's northern border with Azerbaijan and Armenia during the 2020 Nagorno-Karabakh war and after, from news articles, with a map of the border places.",
  'home.title': 'Timeline',
  'home.lede':
    'What happened on Iran’s border with Azerbaijan and Armenia, along the Aras river, during the 2020 war over Nagorno-Karabakh and after it: {events} from {articles}, each date given only as precisely as it is known, each claim attributed to whoever made it.',
  'home.mapLink': 'The map of all places',
  'home.dataLink': 'Download the data (JSON)',
  'home.mapAside': 'Map of the timeline’s places',
  'home.showMap': 'Show the map',
  'home.hideMap': 'Hide the map',
  'home.mapLabel': 'Map of the places on the timeline',
  'home.monthsNav': 'Months',
  'home.latest': 'The latest entries, from {period}. Every month has a page of its own, listed above and below.',
  'home.olderNav': 'Older entries',
  'home.older': 'Older: {period}',
  'home.olderPage': 'Older: {period}, page {page}',

  // The filters (components/TimelineFilters.astro, client/aras-filters.ts)
  'filters.title': 'Filter the timeline',
  'filters.place': 'Place',
  'filters.allPlaces': 'All places',
  'filters.country': 'Country',
  'filters.allCountries': 'All countries',
  'filters.actor': 'Actor',
  'filters.anyone': 'Anyone',
  'filters.kind': 'Kind of event',
  'filters.allKinds': 'All kinds',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.contestedOnly': 'Contested claims only',
  'filters.clear': 'Clear filters',
  'filters.none': 'No entry answers these filters.',
  'filters.showing': 'Showing {shown} of {total} entries.',
  'filters.showingOnPage':
    'Showing {shown} of {total} entries on this page; every month, place, actor and kind also has a page of its own.',

  // One timeline entry (components/TimelineEntry.astro, TimelinePeriods.astro)
  'entry.articlePublished': 'Article published',
  'entry.contested': 'Contested claim',
  'entry.dateNote': 'Date note: {note}',
  'entry.claimBy': 'Claim by',
  'entry.claimedAndDenied': 'Claimed by {actors}; denied by {deniers}.',
  'entry.places': 'Places',
  'entry.whereIn': 'Where in {place}',
  'entry.partOf': 'Part of',
  'entry.parts': 'In detail',
  'entry.outlet': 'Outlet',
  'entry.reportedBy': 'Reported by',
  'entry.source': 'Source',
  'entry.showOnMap': 'Show on the map',
  'entry.eventPage': 'This event’s page',
  'entry.digestPage': 'This digest’s page',
  'entry.ownPage': 'The event’s page',
  'entry.seeOnTimeline': 'See on the timeline',
  'period.onlyMonth': 'Known only to the month: sometime in {period}',
  'period.onlyYear': 'Known only to the year: sometime in {period}',

  // Month and year pages (pages/timeline/[period]/[...page].astro)
  'period.description':
    "What happened on Iran's border with Azerbaijan and Armenia in {period}: {events} and {articles}.",
  'period.kickerMonth': 'Timeline · a month',
  'period.kickerYear': 'Timeline · a year',
  'period.lede': '{events} and {articles} dated to {period}.',
  'period.ledePagesFromDay': '{events} and {articles} dated to {period}, on {pages} pages; this one starts on {day}.',
  'period.ledePagesFromMonth':
    '{events} and {articles} dated to {period}, on {pages} pages; this one starts with the month.',
  'period.wholeOnOnePage': 'The {link} has every month on one page.',
  'period.wholeTimeline': 'whole timeline',
  'period.frontPageLatest': 'The {link} has the latest entries.',
  'period.frontPage': 'timeline’s front page',
  'period.pagesNav': 'Pages of the timeline',
  'period.pagesNavAgain': 'Pages of the timeline, again',

  // Pagers (components/Pager.astro, ListPager.astro)
  'pager.page': 'Page {page}',
  'pager.status': 'Page {page} of {pages}',
  'pager.titled': '{title}, page {page}',
  'pager.titledOf': '{title}, page {page} of {pages}',

  // Static ways in (components/BrowseLinks.astro)
  'browse.title': 'Browse the timeline',
  'browse.byMonth': 'By month',
  'browse.byKind': 'By kind of event',
  'browse.byPlace': 'By place',
  'browse.byActor': 'By actor',

  // Kind pages (pages/kinds/[kind]/[...page].astro)
  'kind.description': 'Every event of the kind “{kind}” on the Aras border timeline: {events}, in date order.',
  'kind.kicker': 'Timeline · a kind of event',
  'kind.lede': '{events} of this kind, in date order. The {link} has every kind.',
  'kind.pagesOf': 'Pages of events of the kind “{kind}”',

  // The map (pages/map.astro, components/StaticMap.astro, client/aras-map.ts)
  'map.title': 'Map',
  'map.description':
    'A map of the border places along the Aras that the timeline mentions: Khoda Afarin, Jolfa, Parsabad, Ardabil and more.',
  'map.heading': 'Map of the border places',
  'map.lede':
    'Every place the digests mention. Select a marker, or press Enter on it, to list what happened there. The same places are listed below the map; places far from the border are listed there too, under “Elsewhere”.',
  'map.interactiveLabel': 'Interactive map of the places',
  'map.fallback':
    'The interactive map needs JavaScript; this one is a picture with a link on each place. Every place is also in the list below.',
  'map.staticLabel': 'Map of the places along the Aras',
  'map.showTiles': 'Show street-map background',
  'map.hideTiles': 'Hide street-map background',
  'map.tilesNote':
    'The background shows country borders drawn by this site. The street map loads images from OpenStreetMap’s servers, which will see your address and, as their usage policy requires, this site’s address (not the page you are on); it stays off unless you turn it on.',
  'map.placesHeading': 'Places',
  'map.onBorder': 'On the border',
  'map.elsewhere': 'Elsewhere',
  'map.elsewhereNote':
    'Places far from the border, where talks and statements took place. They are not drawn on the map.',
  'map.attribution': 'Natural Earth · GeoNames',
  'map.svgDescription':
    'Country borders from Natural Earth, and the {river} river where it is Iran’s border, traced along them; a scale bar in kilometres. Each marker links to the page of its place.',
  'map.svgDescriptionGroups':
    'Country borders from Natural Earth, and the {river} river where it is Iran’s border, traced along them; a scale bar in kilometres. Each marker links to the page of its place; a numbered marker stands for places too close together to draw apart, and links to them in the list of places.',
  'map.key': 'Key to the map:',
  'map.keyBorder': 'On Iran’s border',
  'map.keyOther': 'Other place',
  'map.keySelected': 'Selected place',
  'map.keyGroup': 'Places too close to draw apart',
  'map.keyRiver': 'The {river} river, where it is the border',
  'map.riverName': 'Aras',
  'map.riverLink': '{river} (river)',
  'map.aroundPlace': 'Map of {place} and the places around it',
  'popup.loading': 'Loading what happened here…',
  'popup.empty': 'No entry is tagged with this place yet.',
  'popup.failed': 'What happened here could not be loaded.',
  'popup.digest': 'Digest:',
  'popup.mostRecent': 'The {shown} most recent of {total}.',
  'popup.everyEntry': 'Every entry at {place}',

  // Places (pages/places/index.astro, pages/places/[id]/[...page].astro)
  'places.title': 'Places',
  'places.description': 'The gazetteer: every place the timeline mentions, with every spelling the sources use.',
  'places.lede':
    'Every place the digests mention, under one name with every spelling the sources use. Where the two sides of the conflict name a place differently, both names are shown. A place’s entries include those at the places within it: East Azerbaijan province’s include Jolfa’s. Places far from the border are listed beside the map, not drawn on it.',
  'places.onTheMap': 'on the map',
  'places.farAway': 'far from the border: listed beside the map',
  'place.description': 'What happened at {place}, {country}, on the Aras border timeline.',
  'place.twoNames': '{name} is the name used by the state it lies in; {other} is the name used by {usedBy}.',
  'place.alsoSpelled': 'Also spelled',
  'place.onBorder': 'On the border',
  'place.onBorderYes': 'Yes: it lies on Iran’s border with Azerbaijan or Armenia.',
  'place.onBorderNo': 'No',
  'place.coordinates': 'Coordinates',
  'place.showOnMap': 'Show on the map',
  'place.coordinatesSource': 'Source: {source}',
  'place.noCoordinates': 'None: no source at hand locates it.',
  'place.within': 'Lies within',
  'place.note': 'Note',
  'place.whatHappened': 'What happened here',
  'place.noEntries': 'No entry is tagged with this place, or with a place within it, yet.',
  'place.followLink': 'Follow {place}',
  'place.follow': ': a feed of new digests about it, for a feed reader.',
  'place.feedTitle': 'New digests about {place} (Atom)',
  'place.placesWithin': 'Places within {place}',
  'place.insideIn': '{kind}, in {parent}',
  'place.entriesWithin': 'Entries at {place} and at the places within it; each says where exactly.',
  'place.pagesSummary': '{entries}, {size} to a page, in date order.',
  'place.pagesOf': 'Pages of entries at {place}',
  'place.localName.en': 'English',
  'place.localName.fa': 'Persian',
  'place.localName.az': 'Azerbaijani',
  'place.localName.hy': 'Armenian',

  // Actors (pages/actors/index.astro, pages/actors/[id]/[...page].astro)
  'actors.title': 'Actors',
  'actors.description':
    'The states, organisations and people the Aras border timeline names, each with the events they take part in, claim or deny.',
  'actors.lede':
    'The states, organisations and people the digests name. Each page lists the events they take part in, the claims they make and the claims they deny.',
  'actor.description':
    '{actor} on the Aras border timeline: the events they take part in, the claims they make or deny, and the articles that name them.',
  'actor.followLink': 'Follow {actor}',
  'actor.follow': ': a feed of new digests that name them, for a feed reader.',
  'actor.feedTitle': 'New digests that name {actor} (Atom)',
  'actor.kind.state': 'State',
  'actor.kind.organisation': 'Organisation',
  'actor.kind.person': 'Person',
  'actor.alsoNamed': 'Also named',
  'actor.onTimeline': 'On the timeline',
  'actor.noEvents': 'No event names {actor} as taking part, claiming or denying.',
  'actor.noEventsButArticles':
    'No event names {actor} as taking part, claiming or denying; the articles below mention them.',
  'actor.pagesOf': 'Pages of events of {actor}',
  'actor.articlesNaming': 'Articles that name {actor}',
  'actor.mostRecent': 'The {shown} most recent of {total}, newest first.',
  'actor.everyActor': 'Every actor',
  'actor.overview': '{events}, in date order.',
  'actor.overviewStances':
    '{events}, in date order; claims {actor} makes: {claims}; claims by others {actor} denies: {denials}.',
  'role.takesPart': '{actor} takes part',
  'role.claims': '{actor} makes this claim',
  'role.denies': '{actor} denies this claim',
  'role.namedIn': '{actor} is named in this claim',
  'role.claimsAndNamed': '{actor} makes this claim and is named in it',
  'role.deniesAndNamed': '{actor} denies this claim and is named in it',

  // A digest (pages/articles/[id].astro, components/Corrections.astro)
  'digest.kicker': 'Digest of an article in {outlet}',
  'digest.outlet': 'Outlet',
  'digest.author': 'Author',
  'digest.published': 'Published',
  'digest.knownTo.month': '(known to the month)',
  'digest.knownTo.year': '(known to the year)',
  'digest.language': 'Language',
  'digest.places': 'Places',
  'digest.named': 'Named',
  'digest.original': 'Original',
  'digest.readOriginal': 'Read the original article',
  'digest.onOutletSite': '(on {outlet}’s site)',
  'digest.notOnline': 'The original is not online at a known address.',
  'digest.onTimeline': 'On the timeline',
  'digest.thisEntry': 'This article’s entry',
  'digest.lastRevised': 'Last revised',
  'digest.notCorrected': 'Not corrected since it was published here.',
  'digest.heading': 'Digest',
  'digest.events': 'Events this article reports',
  'digest.corrections': 'Corrections',
  'digest.translatedFrom':
    'Translated from our English digest; the original article is in {language}. Quotations are translated from the English and may differ from the speaker’s own words.',

  // About (pages/about.astro)
  'about.title': 'About and data',
  'about.description':
    'How the Aras Border Timeline is made: sources, dates, names, claims, privacy and the open data.',
  'about.lede':
    'A timeline and map of Iran’s northern border with Azerbaijan and Armenia, along the Aras river, during the 2020 Nagorno-Karabakh war and after it, built from news articles.',
  'about.howToRead': 'How to read it',
  'about.digests':
    'Each news article becomes a short digest in our own words, linked to the original. The events an article reports are placed on the timeline; an event that several articles report appears once and cites each of them.',
  'about.datesTitle': 'Dates carry their precision.',
  'about.dates':
    'An event known to the day sits under its day; one known only to the month sits under the month, and one known only to the year under the year. Where a date had to be worked out (an article’s “on Sunday”, or a page whose banner shows a later date), the entry says how.',
  'about.claimsTitle': 'Claims are attributed.',
  'about.claims':
    'When one side says something the other denies, the entry is marked as a contested claim and names who claims it and who denies it. The site does not turn a claim into a fact.',
  'about.placesTitle': 'Places have one entry and every spelling.',
  'about.places':
    'Khoda Afarin is also spelled Khoda Afrin and Khoda Aferin in the sources; the gazetteer lists each spelling under one place. Where the two sides name a place differently, the name used by the internationally recognised state the place lies in comes first and the other name is shown beside it, for example Khojavend (Martuni).',
  'about.privacy': 'Privacy',
  'about.privacyText':
    'Nothing on this site contacts another server: no fonts, scripts, trackers or map tiles from elsewhere. The map’s background is drawn from Natural Earth country borders served by this site. A street-map background from OpenStreetMap is available on the map page, but only after you switch it on; its servers then see your address and this site’s (never the page’s), as their usage policy requires.',
  'about.data': 'Data',
  'about.dataIntro':
    'The same data the site is built from is published at stable addresses ({link} lists every file, as CSV too, with its size, licence and an example):',
  'about.dataPage': 'the data page',
  'about.termsInEnglish': 'The licence and how to cite the data, in English:',
  'about.dataTimeline':
    'every timeline entry, in date order, with its ISO date, precision, places, actors, claim and sources.',
  'about.dataPlaces':
    'every place as a GeoJSON Point, with its id, name, aliases, country, province, kind, border flag, coordinate source and entry count.',
  'about.dataPlace': 'the entries at one place, which the map lists in its popups.',
  'about.dataBasemap': 'the region’s country shapes, from Natural Earth (public domain) via the world-atlas package.',
  'about.dataRiver':
    'the Aras where it is Iran’s border, as a GeoJSON line traced along those same Natural Earth borders (not surveyed: the river is as exact as the 1:10m border), with its source.',
  'about.credits':
    'Coordinates come from GeoNames (CC BY 4.0). Digests are summaries; the articles they summarise belong to their publishers.',

  // The time axis (components/TimelineAxis.astro, client/aras-axis.ts)
  'axis.title': 'When it happened',
  'axis.monthTitle': 'Day by day',
  'axis.label': 'Entries over time. Each mark is a {unit}; its height is the number of entries known to the day.',
  'axis.unit.day': 'day',
  'axis.unit.week': 'week',
  'axis.unit.month': 'month',
  'axis.mark': '{date}: {count}',
  'axis.week': 'Week of {date}',
  'axis.band.month': 'Sometime in {date}, known only to the month: {count}',
  'axis.band.year': 'Sometime in {date}, known only to the year: {count}',
  'axis.band.span': 'Lasting {date}: {count}',
  'axis.band.window': 'Sometime between {from} and {to}: {count}',
  'axis.break': 'Nothing from {after} to {before}',
  'axis.legend': 'Key',
  'axis.legend.day': 'Known to the day',
  'axis.legend.span': 'Lasted from one date to another',
  'axis.legend.month': 'Known only to the month',
  'axis.legend.year': 'Known only to the year',
  'axis.legend.window': 'Known only to lie within a window',
  'axis.legend.break': 'A long stretch with no entries, left out',
  'axis.table': 'The same as a table',
  'axis.tableCaption': 'Entries per month',
  'axis.tableCaptionDays': 'Entries per day',
  'axis.column.month': 'Month',
  'axis.column.day': 'Day',
  'axis.column.entries': 'Entries',
  'axis.control':
    'Choose a stretch of time: drag across the axis, or use the arrow keys to move and Shift with the arrow keys to widen, then Enter. Escape clears it.',
  'axis.choose': 'Choose dates on the axis',
  'axis.chosen': 'From {from} to {to}. Press Enter to show these dates.',
  'axis.highlight': 'Entries that answer the other filters are marked under the axis.',
  'timeline.continuing': 'Continuing from an earlier month',
  'entry.continuing': 'Continuing: began {date}',
} as const satisfies Record<string, Message>;

/**
 * English texts of the Geo layers pages (the analyst's and the chief's: defining layers, adding
 * and ending versions) and of the geometry problems the server finds in an uploaded file.
 * Spread into en.ts; geo-layers-ar.ts must have every key.
 */
export const geoLayersEn = {
  geoLayers: {
    nav: "Geo layers",
    title: "Geo layers",
    intro:
      "The lines of contact, zones, withdrawal lines and areas of control the map and every position are evaluated against. Each layer keeps its versions: a new version, valid from a date, replaces the current one from then on.",
    kind: {
      line_of_contact: "Line of contact",
      buffer_zone: "Buffer zone",
      disengagement_area: "Disengagement area",
      withdrawal_line: "Withdrawal line",
      area_of_control: "Area of control",
      storage_site: "Storage site",
      road: "Road",
    },
    status: {
      agreed: "Agreed by the parties",
      working: "The mission's working line",
      claimed: "Claimed by one party",
      proposed: "Proposed to the joint commission",
    },
    columns: {
      name: "Layer",
      kind: "Kind",
      current: "Current version",
      validity: "Valid",
      source: "Source",
      versions: "Versions",
    },
    none: "No layer is defined yet.",
    noneNow: "None valid now",
    lastWas: "the last, v{{version}}, ended {{when}}",
    versionShort: "v{{version}}",
    versionCount_one: "{{count}} version",
    versionCount_other: "{{count}} versions",
    noVersion: "No version yet",
    fromTo: "{{from}} – {{to}}",
    fromOnwards: "from {{from}}, no end",
    illustrative: "Illustrative",
    // defining a layer
    define: "Define a new layer",
    defineIntro:
      "A layer is what stays the same across versions: its kind and its name. Its geometry comes with each version, added on the layer's page.",
    fields: {
      kind: "Kind",
      name: "Name (English or Latin letters)",
      nameAr: "Name in Arabic",
      party: "Party",
      partyHintArea: "The party in control of the area.",
      partyHintOther: "Whose weapons or positions it concerns (optional).",
      weaponClasses: "Weapon classes",
      weaponClassesHint:
        "The weapon classes that must stay behind the line, separated by commas, e.g. artillery_100mm_plus, mlrs.",
      description: "Description",
      optional: "(optional)",
      choose: "Choose…",
    },
    defining: "Saving…",
    defineSubmit: "Define the layer",
    // one layer
    back: "All geo layers",
    name: "Name",
    facts: "About this layer",
    nameAr: "Arabic name",
    party: "Party",
    weaponClasses: "Weapon classes",
    description: "Description",
    history: "Versions",
    historyIntro:
      "Newest first. Times are $t(common.missionTime); a version is valid from its start up to (not including) its end.",
    noVersions: "This layer has no version yet: add the first one below.",
    version: "Version",
    validFrom: "Valid from",
    validTo: "Valid until",
    noEnd: "No end (current)",
    parties: "Parties",
    leftRight: "left {{left}} · right {{right}}",
    behind: "weapons behind the {{side}} side",
    side: { left: "left", right: "right" },
    export: "Export",
    exportGeojson: "GeoJSON",
    exportKml: "KML",
    exportLabel: "Version {{version}} as {{format}}",
    onMap: "On the map",
    onMapLabel: "Version {{version}} on the map as on {{day}}",
    current: "current",
    // ending a version
    end: "End validity…",
    endTitle: "End version {{version}}",
    endIntro:
      "Nothing replaces this version: from this time the layer has no valid version. To replace it, add a new version instead — the current one ends when the new one starts.",
    endAt: "Valid until",
    endSubmit: "End the version",
    ending: "Ending…",
    cancel: "Cancel",
    // Disputed parts of a proposed line of contact (decision 0019)
    disputedParts: {
      open: "Mark disputed parts…",
      title: "Disputed parts of version {{version}}",
      intro:
        "Tick the parts of the line the parties dispute. The map draws them in red dashes over the line, and a position near one is said to be near a disputed part. You may change them while the version is proposed and not yet before the commission.",
      onePart:
        "This version is drawn as one part: you can mark it whole. To mark a stretch of it, upload the line again as several features (its parts), each with the property disputed set to true or false.",
      drawnApart:
        "The disputed parts of this version were drawn apart from the line's own parts; saving replaces them with the parts ticked here.",
      parts: "Parts of the line",
      part: "Part {{n}}: {{km}} km",
      legendLine: "The line",
      legendDisputed: "Disputed parts",
      save: "Save the disputed parts",
      saving: "Saving…",
      saved: "The disputed parts of version {{version}} were saved.",
    },
    commission: {
      send: "Send to the commission",
      title: "Send version {{version}} to the joint commission",
      intro:
        "It goes on the meeting's agenda with a decision to adopt it as the agreed line from the day you give. It becomes agreed only when each delegation's head has signed; a dissent leaves it proposed.",
      meeting: "Meeting",
      chooseMeeting: "Choose a meeting",
      noMeeting: "No meeting is open: schedule one in the commission's workspace first.",
      from: "Agreed from (day, mission time)",
      submit: "Send to the commission",
      sending: "Sending…",
      agreedBy: "Agreed from {{day}} by the decision of meeting {{meeting}}",
      pending: "Before the commission: meeting {{meeting}}, to be agreed from {{day}}",
      dissented: "Not adopted: a delegation dissented at meeting {{meeting}}",
      disputed: "Disputed parts marked (dashed on the map)",
    },
    ended: "Version {{version}} now ends {{when}}.",
    // adding a version
    add: "Add a version",
    addIntro:
      "Upload the geometry as a GeoJSON or KML file with one feature (several lines or areas go in one MultiLineString or MultiPolygon). A line of contact may come as several features, its parts: those with the property disputed set to true are its disputed parts. The file is checked before anything is saved.",
    file: "Geometry file (.geojson, .json or .kml)",
    fileHint:
      "Coordinates longitude first, then latitude (as GeoJSON and KML write them). A version exported from this page can be uploaded again.",
    fileRequired: "Choose the file with the geometry.",
    validFromHint:
      "In $t(common.missionTime). If the layer has a current version starting earlier, it ends at this time.",
    validToHint: "Leave empty while the version has no agreed end.",
    versionStatus: "Status",
    claimedBy: "Claimed by",
    leftParty: "Party on the left side",
    rightParty: "Party on the right side",
    sidesHint:
      "Left and right as if walking along the line in the order its points are drawn (the preview marks where the line starts).",
    behindSide: "Side where the weapons may stay",
    source: "Source or note",
    sourceHint:
      "Where the geometry comes from, e.g. “JMC minutes of 23 October 2020, annex 2”. Shown with the layer.",
    preview: "Preview",
    previewIntro: "The geometry as read from the file, before it is saved.",
    previewStart: "The line starts at the round marker.",
    previewEmpty: "Choose a file to see its geometry here.",
    previewUnreadable:
      "The file could not be read for the preview ({{reason}}). It will still be checked when you save.",
    previewUnavailable: "The map preview cannot be shown on this device.",
    previewMap: "Map preview of the uploaded geometry",
    previewSummary_one: "{{type}} with {{count}} point",
    previewSummary_other: "{{type}} with {{count}} points",
    saving: "Checking and saving…",
    save: "Save the version",
    saved: "Version {{version}} is saved.",
    seeOnMap: "See it on the map as on {{day}}",
    overlap:
      "The new version overlaps version {{version}} ({{range}}). Versions of one layer must not overlap in time: choose another start or end.",
  },
  geoProblems: {
    title_one: "The geometry was not saved: there is {{count}} problem in the file.",
    title_other: "The geometry was not saved: there are {{count}} problems in the file.",
    counting:
      "Points, lines, areas and holes are counted from 1, in the order they appear in the file.",
    at: "at longitude {{lon}}, latitude {{lat}}",
    place: {
      whole: "The drawing as a whole",
      theLine: "the line",
      line: "line {{n}}",
      outerEdge: "the outer edge",
      hole: "hole {{n}}",
      area: "area {{n}}",
      point: "point {{n}}",
      of: " of ",
    },
    code: {
      not_a_geometry: "The file does not hold a geometry the app can read.",
      wrong_type: "The shape is of the wrong type: a {{kind}} is drawn as {{takes}}.",
      takesLines: "a line (LineString or MultiLineString)",
      takesAreas: "an area (Polygon or MultiPolygon)",
      bad_structure: "{{where}}: the coordinates are not nested as this shape requires.",
      bad_coordinate: "{{where}} is not a pair of numbers (longitude, latitude).",
      out_of_range:
        "{{where}} is out of range: longitude must be within ±180 and latitude within ±90.",
      looks_swapped:
        "{{where}} looks like latitude first: with the two numbers swapped it lies in the mission area. GeoJSON and KML write longitude first.",
      looks_swapped_all:
        "Every point looks like latitude first, longitude second. GeoJSON and KML write longitude first: swap each pair.",
      outside_area: "{{where}} lies outside the mission area.",
      too_few_positions:
        "{{where}} has too few points: a line needs at least 2 different points, an area's edge at least 3 corners with the first point repeated at the end.",
      ring_not_closed: "{{where}} is not closed: its last point must be the same as its first.",
      crosses_antimeridian: "{{where}} crosses the 180° meridian: split it there.",
      self_intersection:
        "{{where}} crosses or touches itself or another part of the drawing. A line must not cross itself, and an area's edges must not cross.",
      more_one: "…and {{count}} more point with the same problem.",
      more_other: "…and {{count}} more points with the same problem.",
    },
  },
};

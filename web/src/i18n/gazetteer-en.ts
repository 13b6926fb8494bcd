/**
 * English texts of the Gazetteer page (admin, chief, analyst): places and their names, adding a
 * place, correcting a position, merging duplicates, importing a place file. Spread into en.ts;
 * gazetteer-ar.ts must have every key.
 */
export const gazetteerEn = {
  gazetteer: {
    nav: "Gazetteer",
    title: "Gazetteer",
    intro:
      "The places reports are located with, named in Arabic and Latin script. A change here is used at once by place search and by reports that name a place.",
    search: "Find a place",
    searchHint:
      "Either script; spelling variants, diacritics and the article al-/ال are tolerated.",
    count: "{{count}} places",
    none: "No place matches.",
    more: "Show more",
    columns: {
      name: "Place",
      variants: "Other names",
      kind: "Kind",
      position: "Position",
      sources: "Sources",
      actions: "Actions",
    },
    approximate: "approximate",
    kind: {
      city: "City",
      town: "Town",
      suburb: "Suburb",
      village: "Village",
      hamlet: "Hamlet",
      airport: "Airport",
      airbase: "Airbase",
      site: "Site",
    },
    correct: "Correct position",
    merge: "Merge into…",
    position: {
      title: "Correct the position of {{name}}",
      hint: "Click the map where the place is, or type its coordinates. The old position is kept in the audit log.",
      lat: "Latitude",
      lon: "Longitude",
      approximate: "The position is approximate (good to the town, not the street)",
      reason: "Why it moves",
      save: "Save position",
      saved: "Position of {{name}} saved.",
      cancel: "Cancel",
    },
    mergeDialog: {
      title: "Merge {{name}} into another place",
      hint: "The place you choose stays; {{name}} disappears from search, and its names become names of the place that stays. Reports that named it lead to the place that stays.",
      target: "The place that stays",
      choose: "Choose",
      chosen: "Stays: {{name}}",
      reason: "Why these are one place",
      confirm: "Merge",
      merged: "{{from}} was merged into {{into}}.",
    },
    add: {
      open: "Add a place",
      name: "Latin name",
      nameAr: "Arabic name",
      variants: "Other spellings (separated by commas)",
      kind: "Kind",
      save: "Add the place",
      added: "{{name}} was added.",
    },
    import: {
      open: "Import a place file",
      hint: "The project's gazetteer JSON, GeoNames (cities500, .tsv or .txt), OpenStreetMap places (.csv) or GeoJSON points. A file with any problem is refused whole; places already held are left as they are.",
      file: "File",
      send: "Import",
      done: "{{file}}: {{added}} places added, {{existing}} already held, {{skipped}} rows without a name skipped.",
      problems: "{{file}} was not imported. Problems:",
      line: "line {{line}}",
    },
  },
};

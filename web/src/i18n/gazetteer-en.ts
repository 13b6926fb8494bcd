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
      done: "{{file}}: {{added}} places added, {{matched}} found already held under another source's id (their names added), {{existing}} already held, {{skipped}} rows without a name skipped.",
      problems: "{{file}} was not imported. Problems:",
      line: "line {{line}}",
      // What can be wrong with a place file, by the server's stable code (docs/language.md §6).
      codes: {
        file_format_unknown:
          "{{fileName}} is not a place file this gazetteer reads (.json, .geojson, .csv, .tsv).",
        json_invalid: "The file is not valid JSON.",
        list_missing: "A “{{key}}” list is needed.",
        entry_not_object: "{{entry}} is not an object.",
        entry_not_point: "{{entry}}: only Point features name places.",
        id_invalid: "An id without spaces, at most {{max}} characters, is needed.",
        id_repeated: "The id {{id}} comes again (first on line {{firstLine}}).",
        name_invalid: "A name of 1–{{max}} characters is needed.",
        name_ar_too_long: "The Arabic name must be at most {{max}} characters.",
        lat_invalid: "The latitude must be a number from -90 to 90.",
        lon_invalid: "The longitude must be a number from -180 to 180.",
        kind_unknown: "The kind “{{kind}}” is not one of {{kinds}}.",
        population_invalid: "The population must be a whole number, 0 or more.",
        variants_invalid: "Each other spelling must be a name of at most {{max}} characters.",
        name_missing: "No name in any script.",
      },
    },
  },
};

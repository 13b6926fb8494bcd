/** English texts of open data: the import page, the public files, the map's context layer. */
export const openDataEn = {
  openData: {
    nav: "Open data",
    title: "Open data",
    intro:
      "Import events from ACLED or UCDP GED files as context beside the mission's own records, or as candidate reports for intake. The mission's published incidents are open data for anyone.",
    importTitle: "Import a file",
    dataset: "Dataset",
    datasets: { acled: "ACLED (current or pre-2023 columns)", ucdp: "UCDP GED" },
    target: "The rows become",
    targets: {
      context: "Context events (a map layer of their own)",
      candidates: "Candidate reports (media) for intake to triage",
    },
    file: "CSV file",
    fileHint:
      "The header row tells the column set. Rows already imported (same dataset and event id) are skipped.",
    send: "Upload and import",
    uploading: "Uploading…",
    progress: "Reading {{file}}: {{percent}}%",
    states: { queued: "Waiting to start", running: "Importing", done: "Done", failed: "Failed" },
    counts:
      "{{rows}} rows read: {{imported}} imported, {{duplicates}} skipped as duplicates, {{refused}} refused.",
    problemsTitle: "Rows refused",
    noProblems: "No row was refused.",
    line: "Line",
    column: "Column",
    reason: "Reason",
    wholeRow: "(the whole row)",
    moreProblems: "The first {{count}} refused rows are shown; `cfm import` lists all.",
    recent: "Recent imports",
    noImports: "Nothing imported yet.",
    when: "Started",
    fileName: "File",
    state: "State",
    result: "Result",
    open: "Show",
    publicTitle: "Public files",
    publicIntro:
      "What the public may see, as published (coordinates on the public grid, public narratives only), for anyone without a login:",
    formats: {
      acled: "ACLED (current columns)",
      "acled-legacy": "ACLED (pre-2023 columns)",
      ucdp: "UCDP GED",
      geojson: "GeoJSON",
      hxl: "HXL-tagged CSV",
    },
    changes: "Changes feed (JSON), to stay in sync",
    contextLayer: "Context events (ACLED, UCDP)",
  },
};

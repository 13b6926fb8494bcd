/**
 * English texts of who may read an incident (classification, parties, embargo; the chief's
 * reclassification) and of report versions (amendments). Spread into en.ts; case-access-ar.ts
 * must have every key.
 */
export const caseAccessEn = {
  classification: {
    title: "Who may read this incident",
    level: "Classification",
    parties: "Parties concerned",
    embargo: "Embargo until",
    noEmbargo: "No embargo",
    embargoHint:
      "Nobody outside the mission sees the incident before this instant, even once released.",
    levels: {
      public: "Public",
      parties: "Parties",
      mandating_body: "Mandating body",
      internal: "Internal",
      confidential_source: "Confidential source",
    },
    explain: {
      public:
        "May be published to everyone. The parties concerned read it during the right of reply and once released; the public once published.",
      parties:
        "The mission and the parties concerned. The parties read it during the right of reply and once released; the joint commission once released.",
      mandating_body:
        "The mission and the mandating body only. Neither party nor the joint commission reads it; a party still sees the status of its own complaints.",
      internal:
        "The mission only. Anything released to the parties is withdrawn from their view; a party still sees the status of its own complaints.",
      confidential_source:
        "Analysts, reviewers and the chief only: not intake, not monitors, not the parties.",
    },
    changeTitle: "Change who may read it",
    changeIntro:
      "Only the chief changes this. Each change is recorded in the audit log with its reason.",
    chooseLevel: "Classification",
    chooseParties: "Parties concerned",
    embargoField: "Embargo until (optional), in $t(common.missionTime)",
    embargoFieldHint: "Leave empty for no embargo; clear it to lift the embargo now.",
    liftEmbargo: "Lift the embargo",
    reason: "Reason for the change",
    reasonHint: "Required. Recorded in the audit log.",
    reasonMissing: "Give the reason for the change.",
    embargoInvalid: "The embargo date and time are not valid.",
    willChange: "What will change",
    nothingChanges: "Nothing changes: the values are the ones already in force.",
    changeLevel: "Classification: {{from}} → {{to}}.",
    changeParties: "Parties concerned: {{from}} → {{to}}.",
    setEmbargo: "Embargo: nobody outside the mission sees it before {{at}}.",
    liftedEmbargo: "Embargo lifted: it may be seen as soon as its classification allows.",
    readers: {
      public:
        "{{parties}} will be able to read it during the right of reply and once released; the public once published.",
      parties:
        "{{parties}} will be able to read it during the right of reply and once released; the joint commission once released.",
      noParty: "No party will be able to read it, since no party is concerned.",
      mandating_body:
        "Neither party will be able to read it, nor the joint commission: only the mission and the mandating body.",
      internal:
        "Only the mission will read it: what was released to the parties is withdrawn from their view.",
      confidential_source:
        "Only analysts, reviewers and the chief will read it: intake and monitors no longer will.",
    },
    submit: "Apply the change",
    submitting: "Applying…",
    done: "The classification was changed.",
    none: "none",
  },
  versions: {
    title: "Versions of this report",
    caption: "Every version of this report you may read, the oldest first",
    version: "Version {{version}}",
    versionColumn: "Version",
    received: "Received",
    status: "Status",
    thisOne: "this version",
    supersededNotice: "This version has been superseded by a later amendment.",
    supersededBy: "Superseded by version {{version}}",
    supersededByHidden: "Superseded by a later version you may not read.",
    supersedes: "This version supersedes version {{version}}",
    amend: "Amend this report",
    amendHint:
      "Amending keeps this version unchanged and files a new version linked to it; the mission sees both.",
  },
  amend: {
    title: "Amend report {{tracking}}",
    intro:
      "The form holds version {{version}} as filed. Correct what has changed and send: a new version is filed and linked to this one, which stays on record as superseded.",
    evidenceNote:
      "Evidence attached to version {{version}} stays with it. Attach new files on the new version's page once it is filed.",
    submit: "Send the amendment",
    submitting: "Sending…",
    noChange: "Nothing has changed: correct at least one field before sending.",
    notAllowed: "This report cannot be amended by you (it may already have a later version).",
    loadFailed: "The report to amend could not be loaded.",
    back: "Back to the report",
    sourcesKept_one:
      "Version {{version}} also holds a confidential detail of its source, {{fields}}. It is not shown on this form; the new version keeps it.",
    sourcesKept_other:
      "Version {{version}} also holds confidential details of its source: {{fields}}. They are not shown on this form; the new version keeps them.",
    sourceField: { sourceIdentity: "who the source is", witnesses: "the witnesses' names" },
    clearSources_one: "Remove it from the new version",
    clearSources_other: "Remove them from the new version",
    clearSourcesHint:
      "Only if it was wrong or must no longer be held: version {{version}} keeps what it holds, and the removal is recorded in the audit log.",
    sent: "Version {{version}} was filed.",
  },
};

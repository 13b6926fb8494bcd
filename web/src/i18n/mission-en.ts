/** English texts of the mission settings page. */
export const missionEn = {
  missionSettings: {
    nav: "Mission settings",
    title: "Mission settings",
    intro:
      "How this mission works: its languages, the time every date is typed and shown in, how long a party has to reply to a draft finding, and when findings are released. Every change is kept in the audit log.",
    mission: "Mission",
    jointBody: "Joint body",
    chairedBy: "Chaired by {{chair}}",
    languages: "Working languages",
    languagesHint:
      "The languages the mission works in. Texts in both are kept; the first is the default.",
    firstLanguage: "Default interface language",
    firstLanguageHint: "What the interface opens in for someone who has not chosen a language.",
    timeZone: "Time zone",
    timeZoneHint:
      "Every date is typed and shown in this zone, whatever a device's own zone. Changing it changes how past times are shown, not the times themselves.",
    zoneOption: "{{zone}} ({{offset}})",
    replyWindowHours: "Reply window (hours)",
    replyWindowHint: "How long a party has to reply to a draft finding before it can be released.",
    releaseRules: "Release rules",
    partiesFirst: "The parties receive a finding before it is made public",
    publicDelayHours: "Public release delay (hours)",
    publicDelayHint:
      "How long after the parties receive a finding it may be made public (0: at once; at most 8760, a year).",
    dailyReportCutoff: "Daily report cut-off",
    dailyReportCutoffHint:
      "A day's report covers the 24 hours ending at this time, in the mission's time zone (24-hour clock, e.g. 19:30).",
    // The mandate (decision 0017)
    mandate: "The mandate",
    mandateHint:
      "Whether the enforcement ladder may refer a case to the body that gave the mission its mandate, after the joint commission's decision.",
    mandatingBodyEn: "Mandating body (English)",
    mandatingBodyAr: "Mandating body (Arabic)",
    mandatingBodyHint: "For example the Security Council. Leave both empty if there is none.",
    referralAllowed: "The mandate allows referring a case to the mandating body",
    save: "Save settings",
    saving: "Saving…",
    saved: "The settings were saved.",
    fixFields_one: "Correct the field marked below.",
    fixFields_other: "Correct the {{count}} fields marked below.",
    problem: {
      noLanguage: "Choose at least one working language.",
      unknownZone: "Choose a time zone from the list.",
      bothNames: "Name the mandating body in both languages, or in neither.",
      nameTheBody: "Name the mandating body before allowing referrals to it.",
      wholeHours: "A whole number of hours from {{min}} to {{max}}.",
      wholeHoursFrom: "A whole number of hours, {{min}} or more.",
      timeOfDay: "A time of day on the 24-hour clock, such as 19:30.",
      refused: "The server did not accept this value.",
    },
  },
};

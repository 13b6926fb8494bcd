/** Content in two languages: translation markers, and the finding editor's narratives. */
export const bilingualEn = {
  bilingual: {
    missing: "Translation missing — shown in {{language}}",
    readIn: "Read in {{language}}",
    translation: "Translation: the {{language}} text is authoritative",
  },
  findingLanguages: {
    legend: "Narratives",
    authoritative: "Authoritative language",
    authoritativeHint:
      "Its text prevails when the two differ and is required (the public narrative once the outcome is no longer pending); the other language is optional.",
    publicIn: "Public narrative in {{language}}",
    restrictedIn: "Restricted narrative in {{language}}",
    optional: "Optional: a translation.",
    optionalMissing: "Optional: the translation is missing.",
    needPublic: "Write the public narrative in {{language}}, the authoritative language.",
    needRestricted:
      "Write the restricted narrative in {{language}}, the authoritative language, or remove its translation.",
  },
};

/** English texts of the enforcement ladder: the incident's timeline and the notices page. */
export const enforcementEn = {
  enforcement: {
    nav: "Notices",
    title: "Formal notices",
    intro:
      "Notices issued to a party after a finding of violation, nearest deadline first: whether the party responded, and where each case stands.",
    section: "Enforcement",
    sectionIntro:
      "After a finding of violation is released, a formal notice to the responsible party, its response, referral to the joint commission, the commission's decision and referral to the mandating body. Steps are never edited: a correction is a new step.",
    none: "No formal notice on this incident.",
    noneListed: "No notices.",
    onlyOpen: "Open notices only",
    notice: "Notice to",
    deadline: "Response deadline",
    deadlineEnd: "end of {{day}} (mission time)",
    party: "Party",
    incident: "Incident",
    stage: "Stage",
    status: {
      awaiting: "Awaiting response",
      responded: "Response received",
      no_response: "No response by the deadline",
    },
    open: "Open",
    decided: "Decided",
    provisions: "Provisions cited",
    kind: {
      notice: "Formal notice",
      response: "Response of the party",
      commission_referral: "Referred to the joint commission",
      commission_decision: "Decision of the joint commission",
      mandating_body_referral: "Referred to the mandating body",
      correction: "Correction",
    },
    corrects: "Corrects step {{seq}}",
    by: "Step {{seq}}",
    issue: {
      title: "Issue a formal notice",
      intro:
        "To the party the released finding names, citing its provisions. The party may respond until the end of the deadline day, in the mission's time zone.",
      deadline: "Response deadline (day)",
      textEn: "Notice (English)",
      textAr: "Notice (Arabic)",
      submit: "Issue the notice",
      done: "The notice was issued.",
    },
    respond: {
      title: "Your response",
      intro:
        "Respond before the end of {{day}} (mission time). The other party does not see your response.",
      text: "Response",
      language: "Language of the response",
      submit: "Send the response",
      done: "Your response was recorded.",
    },
    next: {
      title: "Next step",
      kind: "Step",
      textEn: "Text (English)",
      textAr: "Text (Arabic)",
      submit: "Record the step",
      done: "The step was recorded.",
      corrects: "Step corrected",
    },
  },
};

/** English texts of the inbox, the bell, e-mail settings and the administrator's webhooks. */
export const notificationsEn = {
  notifications: {
    nav: "Notifications",
    bell: "Notifications",
    bellUnread: "{{count}} unread",
    title: "Notifications",
    intro:
      "What happened to records you follow: releases and reply windows; tasks; formal notices, their deadlines, responses, referrals and decisions; the joint commission's meetings, agendas, decisions awaiting a signature and minutes; commitments falling due or overdue; attempts on your account. Each notice links to the record; opening it marks it read.",
    empty: "No notifications.",
    unreadOnly: "Unread only",
    markAllRead: "Mark all read",
    unread: "Unread",
    open: "Open",
    kinds: {
      release_parties: "The finding on {{incident}} was released to the parties",
      reply_window_opened:
        "The draft finding on {{incident}} is open for your reply until {{closesAt}}",
      reply_window_closing_soon:
        "The reply window on {{incident}} closes in 24 hours ({{closesAt}})",
      reply_window_closed: "The reply window on {{incident}} closed at {{closesAt}}",
      task_assigned: "Task {{task}} on {{incident}} was assigned to you, due {{dueAt}}",
      notice_issued:
        "A formal notice on {{incident}} was issued to {{party}}: response due by the end of {{deadlineDay}}",
      notice_response_due_soon:
        "The response to the formal notice on {{incident}} is due by the end of {{deadlineDay}}",
      notice_no_response:
        "No response from {{party}} to the formal notice on {{incident}} by the end of {{deadlineDay}}",
      notice_responded: "{{party}} responded to the formal notice on {{incident}}",
      notice_referred: "The formal notice on {{incident}} was referred to the joint commission",
      notice_decided: "The joint commission's decision on {{incident}} was recorded",
      notice_mandating_referral: "The case of {{incident}} was referred to the mandating body",
      commission_meeting_scheduled:
        "Joint commission meeting {{meeting}} was scheduled for {{startsAt}}",
      commission_meeting_moved:
        "The time or place of joint commission meeting {{meeting}} changed: it is now on {{startsAt}}",
      commission_meeting_cancelled:
        "Joint commission meeting {{meeting}}, planned for {{startsAt}}, was cancelled",
      commission_agenda_item_added:
        "An item was added to the agenda of joint commission meeting {{meeting}} ({{startsAt}})",
      commission_decision_to_sign:
        "A decision of meeting {{meeting}} awaits your delegation's signature",
      commission_decision_in_effect:
        "A decision of meeting {{meeting}} took effect: both delegations signed",
      commission_minutes_shared: "The minutes of meeting {{meeting}} were shared",
      commitment_overdue:
        "Commitment {{commitment}} is overdue: it was due by the end of {{dueDay}}",
      commitment_due_soon:
        "Commitment {{commitment}} falls due: it is due by the end of {{dueDay}}",
      account_under_attack:
        "Many failed logins on the account {{user}} since {{sinceAt}}: attempts from new addresses are slowed down",
    },
    kindNames: {
      release_parties: "Findings released to the parties",
      reply_window_opened: "Reply window opened",
      reply_window_closing_soon: "Reply window closing in 24 hours",
      reply_window_closed: "Reply window closed",
      task_assigned: "Task assigned",
      notice_issued: "Formal notice issued",
      notice_response_due_soon: "Formal notice: response due within a day",
      notice_no_response: "Formal notice: no response by the deadline",
      notice_responded: "Response to a formal notice",
      notice_referred: "Referred to the joint commission",
      notice_decided: "Joint commission decision recorded",
      notice_mandating_referral: "Referred to the mandating body",
      commission_meeting_scheduled: "Commission meeting scheduled",
      commission_meeting_moved: "Commission meeting moved",
      commission_meeting_cancelled: "Commission meeting cancelled",
      commission_agenda_item_added: "Item added to a meeting's agenda",
      commission_decision_to_sign: "Decision awaiting your signature",
      commission_decision_in_effect: "Commission decision in effect",
      commission_minutes_shared: "Minutes shared",
      commitment_overdue: "Commitment overdue",
      commitment_due_soon: "Commitment due soon",
      account_under_attack: "Account under attack",
    },
    email: {
      title: "Notices by e-mail",
      intro:
        "Receive your notices by e-mail as well: a one-line message with a link, never the record's content.",
      address: "E-mail address",
      addressHint: "Leave empty to receive none by e-mail.",
      language: "Language of the e-mails",
      kinds: "Kinds sent by e-mail",
      save: "Save",
      saved: "Saved.",
    },
  },
  webhooks: {
    nav: "Webhooks",
    title: "Webhooks",
    intro:
      "Other systems told of events: each delivery is a JSON body signed with HMAC-SHA256 (see docs/webhooks.md), retried with increasing waits when it fails.",
    create: "Register an endpoint",
    url: "URL",
    description: "Description",
    kinds: "Kinds",
    audience: "Audience",
    audienceMission: "The mission (every event of these kinds)",
    audienceParty: "{{party}} only (events addressed to it)",
    register: "Register",
    secretOnce: "The signing secret, shown this once: copy it into the receiving system now.",
    secret: "Secret",
    endpoints: "Endpoints",
    noEndpoints: "No endpoints.",
    disable: "Disable",
    disabled: "Disabled",
    active: "Active",
    deliveries: "Deliveries",
    noDeliveries: "No deliveries yet.",
    kind: "Kind",
    status: "Status",
    attempts: "Attempts",
    lastStatus: "HTTP status",
    lastError: "Last error",
    at: "Queued",
    statuses: { pending: "Pending", delivered: "Delivered", failed: "Failed" },
  },
};

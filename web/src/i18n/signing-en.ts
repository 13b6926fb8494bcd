/**
 * English texts of the mission's signatures (decision 0020): the keys and checkpoints page, and
 * a release's signature. Spread into en.ts; signing-ar.ts must have every key.
 */
export const signingEn = {
  signing: {
    nav: "Signatures",
    title: "Signing keys and checkpoints",
    intro:
      "The mission signs every release with its key, and regularly signs the head of the audit log. Both are published: anyone who keeps a checkpoint can later tell if the history before it was rewritten.",
    keysTitle: "Signing keys",
    keysIntro:
      "The private halves stay on the server, outside the database; the operator creates, rotates and revokes keys with cfm key. A rotated key stays valid for what it signed before; a revoked key's later signatures are refused.",
    keysCaption: "The mission's signing keys, oldest first",
    noKeys: "The mission has no signing key yet.",
    key: "Key",
    status: "Status",
    statusActive: "Active",
    statusRetired: "Rotated out",
    statusRevoked: "Revoked",
    created: "Created",
    ended: "Rotated or revoked",
    reason: "Reason",
    publicKey: "Public key",
    checkpointsTitle: "Checkpoints of the audit log",
    checkpointsIntro:
      "Each checkpoint is the audit log's entry number and hash at a moment, signed. Made every hour when the log moved, and at every release.",
    checkpointsCaption: "Signed checkpoints, newest first",
    noCheckpoints: "No checkpoint yet.",
    seq: "Entry",
    at: "When",
    headHash: "Hash of the entry",
    cause: "Made",
    causeSchedule: "hourly",
    causeProduct: "at a release",
    causeOperator: "by the operator",
    more: "Older checkpoints",
    verifyHint: "Check a downloaded signed file offline, and against this server:",
    releaseTitle: "Signature",
    signedBy: "Signed by key {{key}} on {{at}}, covered by checkpoint {{seq}} of the audit log.",
    unsigned: "This release has not been signed yet.",
    download: "Download the signed file",
    downloadHint: "The finding as released, its signature and its checkpoint, in one JSON file.",
  },
};

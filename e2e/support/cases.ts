/**
 * Cases set up through the API as the demo users whose sessions the global setup holds, for
 * browser tests that need a state the demo does not leave (e.g. a reply window still open).
 */
import { inject } from "vitest";
import type { SESSION_USERS } from "./global-setup.js";

/** A demo user whose session the global setup holds. */
export type User = (typeof SESSION_USERS)[number];

export async function call(user: User, method: string, path: string, body?: unknown) {
  const res = await fetch(new URL(`/api/v1${path}`, inject("baseURL")), {
    method,
    headers: {
      authorization: `Bearer ${inject("sessions")[user]!}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    json: (text ? JSON.parse(text) : undefined) as Record<string, unknown>,
  };
}

export async function ok<T = Record<string, unknown> & { id: string }>(
  user: User,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await call(user, method, path, body);
  if (res.status >= 300) {
    throw new Error(`${method} ${path} as ${user}: ${res.status} ${JSON.stringify(res.json)}`);
  }
  return res.json as T;
}

/**
 * The demo's delegations as the seed made them: each party's commission member alone, its head
 * (another browser test may have changed them).
 */
export async function seatDelegationHeads(): Promise<void> {
  const { items } = await ok<{ items: { id: string; username: string }[] }>(
    "admin",
    "GET",
    "/admin/users?q=commission",
  );
  for (const [party, name] of [
    ["GNA", "commission"],
    ["LNA", "commission-lna"],
  ]) {
    const u = items.find((x) => x.username === name)!;
    await ok("admin", "PUT", `/delegations/${party}`, { memberIds: [u.id], headUserId: u.id });
  }
}

const complaint = (alleged: string, tag: string) => ({
  sourceKind: "party_complaint",
  occurredFrom: "2020-11-02T08:00:00Z",
  occurredTo: "2020-11-02T09:30:00Z",
  location: { lat: 31.19, lon: 16.57 },
  category: "A3",
  description: `Mortar rounds fell near the Sirte power station (${tag}).`,
  language: "en",
  allegedParty: alleged,
});

export interface Case {
  id: string;
  reference: string;
  title: string;
}

/**
 * A fresh incident in the right of reply, its deadline three days from now. `onlyGna`: the chief
 * classifies it as concerning the GNA alone, so the LNA has no part in it.
 */
export async function caseInRightOfReply(
  onlyGna: boolean,
  replyWindowMs = 3 * 24 * 3600_000,
): Promise<Case> {
  const tag = `e2e-${Date.now().toString(36)}`;
  const reports = [await ok("liaison-gna", "POST", "/reports", complaint("LNA", tag))];
  if (!onlyGna) reports.push(await ok("liaison-lna", "POST", "/reports", complaint("GNA", tag)));
  const title = `Mortar fire near the Sirte power station (${tag})`;
  const incident = await ok<{ id: string; reference: string }>("chief", "POST", "/incidents", {
    reportIds: reports.map((r) => r.id),
    title,
  });
  const id = incident.id;
  if (onlyGna) {
    await ok("chief", "POST", `/incidents/${id}/classification`, {
      classification: "parties",
      concernedParties: ["GNA"],
      reason: "The shelling concerns GNA positions only.",
    });
  }
  const move = (user: User, to: string, extra: object = {}) =>
    ok(user, "POST", `/incidents/${id}/transitions`, { to, ...extra });
  await move("chief", "triaged");
  await move("chief", "under_verification");
  await ok("analyst", "POST", `/incidents/${id}/findings`, {
    outcome: "violation_unattributed",
    verificationLevel: "V2",
    attributionLevel: "undetermined",
    provisions: ["LY-2020-01-12/1"],
    severity: 2,
    standardOfProof: "reasonable_grounds",
    publicNarrative: `Mortar rounds struck near the Sirte power station on 2 Nov 2020 (${tag}).`,
    restrictedNarrative: "Two complaints; crater analysis could not establish the firing point.",
  });
  await move("analyst", "assessed");
  await move("analyst", "in_review");
  // The chief approves: not the analyst who drafted the finding (four eyes).
  await move("chief", "right_of_reply", {
    replyDeadline: new Date(Date.now() + replyWindowMs).toISOString(),
  });
  return { id, reference: incident.reference, title };
}

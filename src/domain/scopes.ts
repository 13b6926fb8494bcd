/**
 * What a viewer may read, as data: services decide the scope of an actor (services/access.ts),
 * repositories narrow their queries by it (store/access-sql.ts and the repositories).
 */

export type ReportScope =
  /** Analysts, reviewers, the chief, and the services' own lookups. */
  | { kind: "all"; area?: readonly string[] }
  /** Intake: all intake except confidential-source records others filed. */
  | { kind: "intake"; userId: string }
  | { kind: "submittedBy"; userId: string }
  | { kind: "party"; party: string; userId: string; now: Date };

export type IncidentScope =
  /** `area`: only incidents in these sectors (a team's need-to-know, access.ts). */
  | { kind: "all"; area?: readonly string[] }
  | { kind: "intake" }
  /** A monitor: the incidents holding its own reports; findings once released (by `now`). */
  | { kind: "withReportsBy"; userId: string; now: Date; area?: readonly string[] }
  /** Parties see incidents released to them, in reply concerning them, or holding their complaints. */
  | { kind: "releasedOrOwnParty"; party: string; now: Date }
  /** The joint commission: what was released to the parties. */
  | { kind: "released"; now: Date }
  /** No login: what was published. */
  | { kind: "public"; now: Date };

/**
 * Who is logged in. The session itself is the server's httpOnly cookie; the app only asks
 * /auth/me. When the server cannot be reached, the last known user is kept so that a monitor
 * in the field can go on filing reports into the outbox.
 */
import { useQuery, useQueryClient, type Query } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, type ReactNode } from "react";
import { ApiError, get, NetworkError, onUnauthenticated, post } from "./api/client.js";
import type { User } from "./api/types.js";
import { MISSION_KEY } from "./mission/MissionProvider.js";
import { forgetTasksCopy } from "./pages/tasks/tasks-copy.js";

export type Session =
  | { status: "loading" }
  | { status: "anonymous"; error?: unknown }
  | { status: "user"; user: User; offline: boolean };

/** What the password step led to: logged in, or a second factor is asked for. */
export type LoginStep = { kind: "done" } | { kind: "secondFactor"; challenge: string };

export type SecondFactorProof = { code: string } | { recoveryCode: string };

interface SessionApi {
  session: Session;
  login(username: string, password: string): Promise<LoginStep>;
  completeSecondFactor(challenge: string, proof: SecondFactorProof): Promise<void>;
  /** Asks the server again who is logged in (after setting up a second factor). */
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);
const LAST_USER = "cfm.lastUser";

function rememberUser(user: User | null): void {
  try {
    if (user) localStorage.setItem(LAST_USER, JSON.stringify(user));
    else localStorage.removeItem(LAST_USER);
  } catch {
    // storage unavailable: nothing to remember
  }
}

function lastUser(): User | null {
  try {
    const raw = localStorage.getItem(LAST_USER);
    return raw ? (JSON.parse(raw) as User) : null;
  } catch {
    return null;
  }
}

/**
 * The session's entry in the query cache; every other read but the mission's (what anyone may
 * read of it, asked beside the session when the app opens) is dropped when the user changes.
 */
const SESSION_KEY = ["session"] as const;
const KEPT_READS: readonly unknown[] = [SESSION_KEY[0], MISSION_KEY[0]];
const otherReads = { predicate: (q: Query) => !KEPT_READS.includes(q.queryKey[0]) };

/** While working offline on a remembered session, how often to ask whether the link is back. */
const OFFLINE_RETRY_MS = 30_000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  // What one user read is never shown to the next one who logs in on this browser.
  // Reads still on their way are cancelled first, so that none lands after the log-out.
  const forgetReads = useCallback(() => {
    void queries.cancelQueries(otherReads);
    queries.removeQueries(otherReads);
    queries.getMutationCache().clear();
  }, [queries]);

  // The session is a read in the cache (GET /auth/session), read again when the app asks
  // (`refresh`, a log-in), not after every change (query-client.ts). Offline on a remembered
  // session it is asked again every 30 s and when the link returns (the cache's refetch on
  // reconnect), so the monitor's work goes on in the meantime.
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session> => {
      try {
        // 200 either way: nobody logged in is not an error (no 401 in the console).
        const { user: me } = await get("/auth/session");
        rememberUser(me);
        if (!me) forgetReads();
        return me ? { status: "user", user: me, offline: false } : { status: "anonymous" };
      } catch (err) {
        const cached = lastUser();
        if (err instanceof NetworkError && cached) {
          return { status: "user", user: cached, offline: true };
        }
        if (err instanceof ApiError && err.status === 401) {
          rememberUser(null);
          forgetReads();
          return { status: "anonymous" };
        }
        return { status: "anonymous", error: err };
      }
    },
    meta: { afterChange: "keep" },
    refetchInterval: (q) => {
      const s = q.state.data;
      return s?.status === "user" && s.offline ? OFFLINE_RETRY_MS : false;
    },
  });
  const session: Session = query.data ?? { status: "loading" };
  const setSession = useCallback(
    (s: Session) => queries.setQueryData<Session>(SESSION_KEY, s),
    [queries],
  );
  const check = useCallback(() => queries.refetchQueries({ queryKey: SESSION_KEY }), [queries]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        forgetReads();
        setSession({ status: "anonymous" });
      }),
    [forgetReads, setSession],
  );

  const login = useCallback(
    async (username: string, password: string): Promise<LoginStep> => {
      const res = await post("/auth/login", { username, password });
      if ("secondFactorRequired" in res) return { kind: "secondFactor", challenge: res.challenge };
      forgetReads();
      await check();
      return { kind: "done" };
    },
    [check, forgetReads],
  );

  const completeSecondFactor = useCallback(
    async (challenge: string, proof: SecondFactorProof) => {
      await post("/auth/login/second-factor", { challenge, ...proof });
      forgetReads();
      await check();
    },
    [check, forgetReads],
  );

  const username = session.status === "user" ? session.user.username : null;
  const logout = useCallback(async () => {
    await post("/auth/logout");
    rememberUser(null);
    forgetReads();
    if (username) forgetTasksCopy(localStorage, username);
    setSession({ status: "anonymous" });
  }, [forgetReads, setSession, username]);

  return (
    <SessionContext.Provider
      value={{ session, login, completeSecondFactor, refresh: check, logout }}
    >
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error("useSession outside SessionProvider");
  return ctx;
}

/** The logged-in user; only for pages rendered behind the login. */
export function useUser(): User {
  const { session } = useSession();
  if (session.status !== "user") throw new Error("useUser without a logged-in user");
  return session.user;
}

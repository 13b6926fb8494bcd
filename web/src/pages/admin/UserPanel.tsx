/**
 * One user, as an administrator manages them: role, party and team; a new enrolment link or
 * initial password; disabling and enabling; their sessions (end one); their second factor.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { api, get, patch, post } from "../../api/client.js";
import type { UserOverview } from "../../api/admin-types.js";
import type { SessionInfo } from "../../api/types.js";
import { formatDateTime, formatNumber } from "../../i18n/format.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { PasswordField } from "../../ui/PasswordField.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { ReasonedAction } from "./ReasonedAction.js";
import { AssignmentFields, type Assignment, type TeamItem } from "./AssignmentFields.js";
import { EnrolmentLinkNotice } from "./EnrolmentLinkNotice.js";

export function UserPanel({
  user,
  teams,
  onChanged,
}: {
  user: UserOverview;
  teams: readonly TeamItem[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const sessions = useApi(["admin-users", user.id, "sessions"], (signal) =>
    get(`/admin/users/${user.id}/sessions`, { signal }).then((r) => r.items),
  );
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const names = { username: user.username };

  const end = async (s: SessionInfo) => {
    setError(null);
    setDone(null);
    try {
      await api("DELETE", `/admin/sessions/${s.id}`);
      setDone(t("admin.sessions.ended"));
      // the change read the user's sessions again (query-client.ts); the counts too
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const setDisabled = async (reason: string) => {
    setDone(null);
    if (user.disabled) {
      await post(`/admin/users/${user.id}/enable`, { reason });
      setDone(t("userAdmin.state.enabled", names));
    } else {
      const res = await post(`/admin/users/${user.id}/disable`, { reason });
      setDone(
        t("userAdmin.state.disabled", {
          ...names,
          sessions: formatNumber(res.sessionsEnded, lang),
          tokens: formatNumber(res.tokensRevoked, lang),
        }),
      );
      sessions.reload();
    }
    onChanged();
  };
  const reset = async (reason: string) => {
    setDone(null);
    await post(`/admin/users/${user.id}/second-factor/reset`, { reason });
    setDone(t("admin.reset.done", names));
    onChanged();
  };

  return (
    <div className="user-panel">
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <EditAssignment user={user} teams={teams} onSaved={onChanged} />
      {!user.disabled && <NewLink user={user} />}
      {!user.disabled && <NewInitialPassword user={user} onDone={onChanged} />}
      <h3>
        {user.disabled ? t("userAdmin.state.enableTitle") : t("userAdmin.state.disableTitle")}
      </h3>
      <p className="muted">
        {user.disabled
          ? t("userAdmin.state.enableIntro", names)
          : t("userAdmin.state.disableIntro", names)}
      </p>
      <ReasonedAction
        id={`state-${user.id}`}
        reasonLabel={t("userAdmin.state.disableReason")}
        submit={user.disabled ? t("userAdmin.state.enable") : t("userAdmin.state.disable")}
        submitting={user.disabled ? t("userAdmin.state.enabling") : t("userAdmin.state.disabling")}
        danger={!user.disabled}
        onSubmit={setDisabled}
      />
      <h3 id={`sessions-${user.id}`}>{t("admin.sessions.title", names)}</h3>
      {error !== null && <ErrorNotice error={error} />}
      {sessions.state === "loading" && <Loading />}
      {sessions.state === "error" && (
        <ErrorNotice error={sessions.error} onRetry={sessions.reload} />
      )}
      {sessions.state === "ok" &&
        (sessions.data.length === 0 ? (
          <p className="muted">{t("admin.sessions.none")}</p>
        ) : (
          <ul className="plain-list session-list" aria-labelledby={`sessions-${user.id}`}>
            {sessions.data.map((s) => (
              <li key={s.id}>
                <span>
                  <DateTime iso={s.createdAt} />
                  {s.current && <strong> · {t("admin.sessions.yours")}</strong>}
                  {" · "}
                  <bdi dir="ltr">{s.userAgent ?? t("account.sessions.unknown")}</bdi>
                  {" · "}
                  <bdi dir="ltr">{s.ip ?? t("account.sessions.unknown")}</bdi>
                </span>
                <button
                  type="button"
                  className="button secondary"
                  aria-label={t("admin.sessions.endLabel", {
                    time: formatDateTime(s.createdAt, lang),
                  })}
                  onClick={() => void end(s)}
                >
                  {t("admin.sessions.end")}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <h3>{t("admin.reset.title")}</h3>
      {user.secondFactorEnrolled ? (
        <>
          <p className="muted">{t("admin.reset.intro")}</p>
          <ReasonedAction
            id={`reset-${user.id}`}
            reasonLabel={t("admin.reset.reason")}
            confirm={t("admin.reset.confirm", names)}
            submit={t("admin.reset.submit")}
            submitting={t("admin.reset.submitting")}
            danger
            onSubmit={reset}
          />
        </>
      ) : (
        <p className="muted">{t("admin.reset.notEnrolled", names)}</p>
      )}
    </div>
  );
}

/** The user's display name, role, party and team, saved together (the server checks them whole). */
function EditAssignment({
  user,
  teams,
  onSaved,
}: {
  user: UserOverview;
  teams: readonly TeamItem[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Assignment>({
    displayName: user.displayName,
    role: user.role,
    party: user.party,
    team: user.team,
  });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await patch(`/admin/users/${user.id}`, value);
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form-stack" onSubmit={(e) => void save(e)}>
      <h3>{t("userAdmin.edit.title")}</h3>
      <div className="field-row">
        <AssignmentFields id={`edit-${user.id}`} value={value} teams={teams} onChange={setValue} />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {saved && (
        <p className="notice notice-success" role="status">
          {t("userAdmin.edit.saved")}
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("userAdmin.edit.saving") : t("userAdmin.edit.save")}
        </button>
      </div>
    </form>
  );
}

/** A fresh one-time enrolment link, for a user who lost theirs. */
function NewLink({ user }: { user: UserOverview }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [link, setLink] = useState<{ token: string; expiresAt: string } | null>(null);
  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(await post(`/admin/users/${user.id}/enrolment-link`));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-stack">
      <h3>{t("userAdmin.link.issueTitle")}</h3>
      <p className="muted">{t("userAdmin.link.issueIntro")}</p>
      {link ? (
        <EnrolmentLinkNotice username={user.username} {...link} onDone={() => setLink(null)} />
      ) : (
        <div>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void issue()}
          >
            {busy ? t("userAdmin.link.issuing") : t("userAdmin.link.issue")}
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}

/** A new initial password, for a user who forgot theirs where no link reaches them. */
function NewInitialPassword({ user, onDone }: { user: UserOverview; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [password, setPassword] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = `initial-${user.id}`;
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const res = await post(`/admin/users/${user.id}/initial-password`, {
        initialPassword: password,
        reason: reason.trim(),
      });
      setPassword("");
      setReason("");
      setDone(
        t("userAdmin.initial.done", {
          username: user.username,
          sessions: formatNumber(res.sessionsEnded, lang),
        }),
      );
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form-stack" onSubmit={(e) => void send(e)}>
      <h3>{t("userAdmin.initial.title")}</h3>
      <p className="muted">{t("userAdmin.initial.intro")}</p>
      <PasswordField
        id={`${id}-password`}
        label={t("userAdmin.initial.password")}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        hint={t("userAdmin.create.passwordHint")}
      />
      <div className="field field-wide">
        <label htmlFor={`${id}-reason`}>{t("userAdmin.initial.reason")}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          dir="auto"
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <div>
        <button type="submit" className="button secondary" disabled={busy}>
          {busy ? t("userAdmin.initial.submitting") : t("userAdmin.initial.submit")}
        </button>
      </div>
    </form>
  );
}

/**
 * Creating a user: username, name, role, party and team, and how they first log in: a one-time
 * enrolment link (shown once), or an initial password the administrator tells them, which they
 * must change at first log-in.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { ErrorNotice } from "../../ui/notices.js";
import { PasswordField } from "../../ui/PasswordField.js";
import { AssignmentFields, type Assignment, type TeamItem } from "./AssignmentFields.js";
import { EnrolmentLinkNotice } from "./EnrolmentLinkNotice.js";

const EMPTY: Assignment = { displayName: "", role: "monitor", party: null, team: null };

export function CreateUserForm({
  teams,
  onCreated,
}: {
  teams: readonly TeamItem[];
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState("");
  const [value, setValue] = useState<Assignment>(EMPTY);
  const [how, setHow] = useState<"link" | "password">("link");
  const [password, setPassword] = useState("");
  const [withPassword, setWithPassword] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [link, setLink] = useState<{ username: string; token: string; expiresAt: string } | null>(
    null,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setWithPassword(null);
    setLink(null);
    try {
      const name = username.trim();
      const res = await post("/admin/users", {
        username: name,
        ...value,
        ...(how === "password" ? { initialPassword: password } : {}),
      });
      if (res.enrolment) setLink({ username: name, ...res.enrolment });
      else setWithPassword(name);
      setUsername("");
      setPassword("");
      setValue(EMPTY);
      setOpen(false);
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="create-user-title" className="create-user">
      {link && <EnrolmentLinkNotice {...link} onDone={() => setLink(null)} />}
      {withPassword && (
        <p className="notice notice-success" role="status">
          {t("userAdmin.create.createdWithPassword", { username: withPassword })}
        </p>
      )}
      {!open ? (
        <button type="button" className="button primary" onClick={() => setOpen(true)}>
          {t("userAdmin.create.open")}
        </button>
      ) : (
        <form className="form-stack panel" onSubmit={(e) => void submit(e)}>
          <h2 id="create-user-title">{t("userAdmin.create.title")}</h2>
          <p className="muted">{t("userAdmin.create.intro")}</p>
          <div className="field-row">
            <div className="field">
              <label htmlFor="new-user-username">{t("userAdmin.create.username")}</label>
              <input
                id="new-user-username"
                dir="ltr"
                required
                autoComplete="off"
                pattern="[a-z0-9][a-z0-9._\-]{1,62}"
                value={username}
                aria-describedby="new-user-username-hint"
                onChange={(e) => setUsername(e.target.value)}
              />
              <p id="new-user-username-hint" className="hint">
                {t("userAdmin.create.usernameHint")}
              </p>
            </div>
            <AssignmentFields id="new-user" value={value} teams={teams} onChange={setValue} />
          </div>
          <fieldset className="field radio-group">
            <legend>{t("userAdmin.create.how")}</legend>
            <label className="choice">
              <input
                type="radio"
                name="new-user-how"
                checked={how === "link"}
                onChange={() => setHow("link")}
              />{" "}
              {t("userAdmin.create.howLink")}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="new-user-how"
                checked={how === "password"}
                onChange={() => setHow("password")}
              />{" "}
              {t("userAdmin.create.howPassword")}
            </label>
          </fieldset>
          {how === "password" && (
            <PasswordField
              id="new-user-password"
              label={t("userAdmin.create.password")}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              hint={t("userAdmin.create.passwordHint")}
            />
          )}
          {error !== null && <ErrorNotice error={error} />}
          <div className="button-row">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t("userAdmin.create.submitting") : t("userAdmin.create.submit")}
            </button>
            <button type="button" className="button secondary" onClick={() => setOpen(false)}>
              {t("userAdmin.create.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

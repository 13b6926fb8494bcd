/** Creating a user: username, name, role, party and team; the answer is the one-time enrolment link. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { post } from "../../api/client.js";
import { ErrorNotice } from "../../ui/notices.js";
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [link, setLink] = useState<{ username: string; token: string; expiresAt: string } | null>(
    null,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await post("/admin/users", { username: username.trim(), ...value });
      setLink({ username: username.trim(), ...res.enrolment });
      setUsername("");
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

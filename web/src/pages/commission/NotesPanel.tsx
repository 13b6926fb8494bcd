/**
 * A delegation's own notes on a meeting: only its members read this panel; the other delegation,
 * the chair and the head of mission never do (decision 0016; the server decides).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import { DateTime, Party } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";

export function NotesPanel({ meetingId, party }: { meetingId: string; party: string }) {
  const { t } = useTranslation();
  const notes = useApi(["commission", "notes", meetingId], (signal) =>
    get(`/commission/meetings/${meetingId}/notes`, { signal }).then((r) => r.items),
  );
  const [body, setBody] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post(`/commission/meetings/${meetingId}/notes`, { body });
      setBody("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel delegation-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">
        {t("commission.notesTitle")} · <Party code={party} />
      </h2>
      <p className="hint">{t("commission.notesPrivate")}</p>
      {notes.state === "loading" && <Loading />}
      {notes.state === "error" && <ErrorNotice error={notes.error} onRetry={notes.reload} />}
      {notes.state === "ok" && notes.data.length === 0 && (
        <p className="muted">{t("commission.noNotes")}</p>
      )}
      {notes.state === "ok" && notes.data.length > 0 && (
        <ul className="notes">
          {notes.data.map((n) => (
            <li key={n.id}>
              <p dir="auto" className="note-body">
                {n.body}
              </p>
              <p className="muted">
                <bdi>{n.authorName}</bdi> · <DateTime iso={n.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="note-body">{t("commission.newNote")}</label>
          <textarea
            id="note-body"
            dir="auto"
            required
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button primary small" disabled={busy}>
            {t("commission.addNote")}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * A delegation's own notes on a meeting: only its members read this panel; the other delegation,
 * the chair and the head of mission never do (decision 0016; the server decides). Any member of
 * the delegation edits a note (a draft in progress).
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, patch, post } from "../../api/client.js";
import type { AnswerAt } from "../../api/answers.js";
import { DateTime, Party } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useApi } from "../../use-api.js";
import { useSend } from "../../ui/use-send.js";

type Note = AnswerAt<`/commission/meetings/${string}/notes`, "get">["items"][number];

export function NotesPanel({ meetingId, party }: { meetingId: string; party: string }) {
  const { t } = useTranslation();
  const notes = useApi(["commission", "notes", meetingId], (signal) =>
    get(`/commission/meetings/${meetingId}/notes`, { signal }).then((r) => r.items),
  );
  const [body, setBody] = useState("");
  const { error, busy, send } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      (opts) => post(`/commission/meetings/${meetingId}/notes`, { body }, opts),
      () => setBody(""),
    );
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
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
      <form className="form-stack" onSubmit={submit}>
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

function NoteItem({ note: n }: { note: Note }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(n.body);
  const { error, busy, send } = useSend();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () => patch(`/commission/notes/${n.id}`, { body: text }),
      () => setEditing(false),
    );
  };
  return (
    <li>
      {editing ? (
        <form className="form-stack" onSubmit={save}>
          <div className="field">
            <label htmlFor={`note-${n.id}`}>{t("commission.editNoteLabel")}</label>
            <textarea
              id={`note-${n.id}`}
              dir="auto"
              required
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          {error !== null && <ErrorNotice error={error} />}
          <div className="form-actions">
            <button type="submit" className="button primary small" disabled={busy}>
              {t("commission.saveNote")}
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => {
                setText(n.body);
                setEditing(false);
              }}
            >
              {t("commission.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <p dir="auto" className="note-body">
          {n.body}
        </p>
      )}
      <p className="muted">
        <bdi>{n.authorName}</bdi> · <DateTime iso={n.createdAt} />
        {n.updatedAt !== n.createdAt && (
          <>
            {" · "}
            {t("commission.noteEdited")} <DateTime iso={n.updatedAt} />
          </>
        )}
        {!editing && (
          <>
            {" "}
            <button
              type="button"
              className="button secondary small"
              onClick={() => setEditing(true)}
            >
              {t("commission.editNote")}
            </button>
          </>
        )}
      </p>
    </li>
  );
}

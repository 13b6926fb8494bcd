/** Merging a duplicate into the place that stays: find that place, say why, confirm. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { get, post } from "../../api/client.js";
import type { GazetteerPlace } from "../../api/gazetteer-types.js";
import { useLang } from "../../ui/use-lang.js";
import { placeLabel } from "./PlaceTable.js";
import { ReasonAndActions } from "./ReasonAndActions.js";

export function MergePanel({
  place,
  onDone,
  onCancel,
}: {
  place: GazetteerPlace;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = placeLabel(place, lang);
  const [q, setQ] = useState(place.nameAr ?? place.name);
  const [found, setFound] = useState<GazetteerPlace[] | null>(null);
  const [into, setInto] = useState<GazetteerPlace | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const find = async () => {
    setError(null);
    try {
      const res = await get("/gazetteer/places", { query: { q: q.trim(), limit: 8 } });
      setFound(res.items.filter((p) => p.id !== place.id));
    } catch (err) {
      setError(err);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!into) return;
    setBusy(true);
    setError(null);
    try {
      await post("/gazetteer/merges", { from: place.id, into: into.id, reason: reason.trim() });
      onDone(t("gazetteer.mergeDialog.merged", { from: name, into: placeLabel(into, lang) }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="panel gazetteer-panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t("gazetteer.mergeDialog.title", { name })}</h2>
      <p className="hint">{t("gazetteer.mergeDialog.hint", { name })}</p>
      <div className="field">
        <label htmlFor="merge-q">{t("gazetteer.mergeDialog.target")}</label>
        <div className="inline-field">
          <input
            id="merge-q"
            type="search"
            dir="auto"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void find();
              }
            }}
          />
          <button type="button" className="button secondary" onClick={() => void find()}>
            {t("gazetteer.search")}
          </button>
        </div>
      </div>
      {found && found.length === 0 && <p className="muted">{t("gazetteer.none")}</p>}
      {found && found.length > 0 && (
        <ul className="merge-candidates">
          {found.map((p) => (
            <li key={p.id}>
              <label className="checkbox">
                <input
                  type="radio"
                  name="merge-into"
                  checked={into?.id === p.id}
                  onChange={() => setInto(p)}
                />{" "}
                <bdi>{p.name}</bdi>
                {p.nameAr && (
                  <>
                    {" · "}
                    <bdi lang="ar">{p.nameAr}</bdi>
                  </>
                )}{" "}
                <span className="muted" dir="ltr">
                  ({p.lat.toFixed(3)}, {p.lon.toFixed(3)}) {p.id}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        {into && (
          <p className="notice notice-info">
            {t("gazetteer.mergeDialog.chosen", { name: placeLabel(into, lang) })}
          </p>
        )}
        <ReasonAndActions
          id="merge-reason"
          label={t("gazetteer.mergeDialog.reason")}
          reason={reason}
          onReason={setReason}
          error={error}
          submit={t("gazetteer.mergeDialog.confirm")}
          disabled={busy || !into}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}

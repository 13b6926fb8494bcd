/**
 * The gazetteer (admin, chief, analyst): every place with its Arabic and Latin names, searched
 * with the place search's spelling tolerance; a place's position corrected on a small map; a
 * duplicate merged into the place that stays; a place added; a place file imported.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useUser } from "../../session.js";
import { useApi } from "../../use-api.js";
import { can } from "../../vocabulary.js";
import { AddPlaceForm } from "./AddPlaceForm.js";
import { ImportForm } from "./ImportForm.js";
import { MergePanel } from "./MergePanel.js";
import type { GazetteerPlace } from "../../api/gazetteer-types.js";
import { PlaceTable } from "./PlaceTable.js";
import { PositionPanel } from "./PositionPanel.js";

const PAGE = 50;

type Action = { kind: "position" | "merge"; place: GazetteerPlace } | null;

export function GazetteerPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [shown, setShown] = useState(PAGE);
  const [action, setAction] = useState<Action>(null);
  const [done, setDone] = useState<string | null>(null);
  const places = useApi(["gazetteer", q, shown], (signal) =>
    get("/gazetteer/places", { query: { q: q || undefined, limit: shown }, signal }),
  );
  const finished = (message: string) => {
    setAction(null);
    setDone(message);
  };

  return (
    <>
      <PageTitle>{t("gazetteer.title")}</PageTitle>
      <p className="muted page-intro">{t("gazetteer.intro")}</p>
      <div className="gazetteer-tools">
        <AddPlaceForm onAdded={finished} />
        {can.curateGazetteer(user) && <ImportForm />}
      </div>
      <form
        className="gazetteer-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim());
          setShown(PAGE);
        }}
      >
        <label htmlFor="gazetteer-q">{t("gazetteer.search")}</label>
        <div className="inline-field">
          <input
            id="gazetteer-q"
            type="search"
            dir="auto"
            value={typed}
            aria-describedby="gazetteer-q-hint"
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="button">
            {t("gazetteer.search")}
          </button>
        </div>
        <p id="gazetteer-q-hint" className="hint">
          {t("gazetteer.searchHint")}
        </p>
      </form>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      {action?.kind === "position" && (
        <PositionPanel place={action.place} onDone={finished} onCancel={() => setAction(null)} />
      )}
      {action?.kind === "merge" && (
        <MergePanel place={action.place} onDone={finished} onCancel={() => setAction(null)} />
      )}
      {places.state === "loading" && <Loading />}
      {places.state === "error" && <ErrorNotice error={places.error} onRetry={places.reload} />}
      {places.state === "ok" && (
        <>
          <p className="muted">{t("gazetteer.count", { count: places.data.total })}</p>
          {places.data.items.length === 0 ? (
            <p className="notice notice-empty">{t("gazetteer.none")}</p>
          ) : (
            <PlaceTable
              places={places.data.items}
              canMerge={can.curateGazetteer(user)}
              onCorrect={(place) => {
                setDone(null);
                setAction({ kind: "position", place });
              }}
              onMerge={(place) => {
                setDone(null);
                setAction({ kind: "merge", place });
              }}
            />
          )}
          {places.data.items.length < places.data.total && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setShown(shown + PAGE)}
            >
              {t("gazetteer.more")}
            </button>
          )}
        </>
      )}
    </>
  );
}

/**
 * Drawing a version's line or zone on the map instead of uploading a file (decision 0019): the
 * map (a click puts a point down, a drag moves one), buttons that do the same from the keyboard
 * (a point at the map's centre, undo, finish or close, another part, clear), what has been drawn so far in
 * words, and — once finished — the problems the server would refuse it for, checked here with
 * its own rules before anything is sent.
 */
import { lazy, useRef, type Dispatch, type SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import type { LayerKind } from "../../api/geo-types.js";
import {
  addPoint,
  canFinish,
  canStartPart,
  clear,
  finish,
  fewest,
  startPart,
  undo,
  type Drawing,
} from "../../map/drawing.js";
import type { GeometryIssue } from "../../../../src/domain/geo/validate.js";
import { MapBoundary } from "../../ui/MapBoundary.js";
import { Loading } from "../../ui/notices.js";
import { GeometryIssues } from "./GeometryProblems.js";

const DrawingMap = lazy(() => import("../../map/DrawingMap.js"));

export function DrawPanel({
  kind,
  drawing,
  onChange,
  colour,
  problems,
  tried,
}: {
  kind: LayerKind;
  drawing: Drawing;
  onChange: Dispatch<SetStateAction<Drawing>>;
  colour: string;
  /** The finished drawing's problems, as the server would say them ([] when none). */
  problems: GeometryIssue[];
  /** The form was submitted: an unfinished drawing is said to be one. */
  tried: boolean;
}) {
  const { t } = useTranslation();
  const centre = useRef<(() => [number, number]) | null>(null);
  const zone = drawing.shape === "zone";
  const n = drawing.points.length;
  const status = drawing.done
    ? t(zone ? "geoLayers.draw.closed" : "geoLayers.draw.finished", { count: n })
    : n === 0
      ? t(zone ? "geoLayers.draw.startZone" : "geoLayers.draw.startLine")
      : n < fewest(drawing)
        ? t(zone ? "geoLayers.draw.moreZone" : "geoLayers.draw.moreLine", { count: n })
        : t(zone ? "geoLayers.draw.readyZone" : "geoLayers.draw.readyLine", { count: n });
  // Several parts: which one is being drawn, and how many are finished.
  const partStatus =
    drawing.parts.length > 0
      ? t(zone ? "geoLayers.draw.zonePart" : "geoLayers.draw.linePart", {
          n: drawing.parts.length + 1,
          count: drawing.parts.length,
        })
      : null;
  return (
    <div className="draw-panel" data-testid="draw-panel">
      <p id="draw-how" className="hint">
        {t(zone ? "geoLayers.draw.howZone" : "geoLayers.draw.howLine")}
      </p>
      <MapBoundary
        fallback={<p className="notice notice-info">{t("geoLayers.draw.unavailable")}</p>}
        loading={<Loading />}
      >
        <DrawingMap
          drawing={drawing}
          onChange={onChange}
          colour={colour}
          onCentre={(get) => (centre.current = get)}
        />
      </MapBoundary>
      <div className="draw-actions" role="group" aria-label={t("geoLayers.draw.actions")}>
        <button
          type="button"
          className="button secondary small"
          disabled={drawing.done}
          onClick={() => {
            const at = centre.current?.();
            if (at) onChange((d) => addPoint(d, at));
          }}
        >
          {t("geoLayers.draw.addCentre")}
        </button>
        <button
          type="button"
          className="button secondary small"
          disabled={n === 0 && !drawing.done && drawing.parts.length === 0}
          onClick={() => onChange(undo)}
        >
          {drawing.done ? t("geoLayers.draw.reopen") : t("geoLayers.draw.undo")}
        </button>
        <button
          type="button"
          className="button primary small"
          disabled={!canFinish(drawing)}
          onClick={() => onChange(finish)}
        >
          {t(zone ? "geoLayers.draw.close" : "geoLayers.draw.finish")}
        </button>
        <button
          type="button"
          className="button secondary small"
          disabled={!canStartPart(drawing)}
          onClick={() => onChange(startPart)}
        >
          {t(zone ? "geoLayers.draw.anotherZone" : "geoLayers.draw.anotherPart")}
        </button>
        <button
          type="button"
          className="button secondary small"
          disabled={n === 0 && drawing.parts.length === 0}
          onClick={() => onChange(clear)}
        >
          {t("geoLayers.draw.clear")}
        </button>
      </div>
      <p className="draw-status" aria-live="polite" data-testid="draw-status">
        {partStatus && <>{partStatus} </>}
        {status}
      </p>
      {tried && !drawing.done && (
        <p id="draw-problem" className="field-problem" role="alert">
          {t(zone ? "geoLayers.draw.requiredZone" : "geoLayers.draw.requiredLine")}
        </p>
      )}
      {drawing.done && problems.length > 0 && (
        <GeometryIssues
          issues={problems}
          kind={kind}
          fallback={t("errors.codes.invalid_geometry")}
          drawn
        />
      )}
      {drawing.done && problems.length === 0 && (
        <p className="hint" data-testid="draw-checked">
          {t("geoLayers.draw.checked")}
        </p>
      )}
      {n > 0 && (
        <details className="draw-points">
          <summary>{t("geoLayers.draw.points", { count: n })}</summary>
          <ol>
            {drawing.points.map((p, i) => (
              <li key={i}>
                <bdi dir="ltr">
                  {p[0]}, {p[1]}
                </bdi>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}

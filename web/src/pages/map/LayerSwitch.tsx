/**
 * Which kinds of geo layer are drawn: a compact control on the map itself, in the corner where
 * the reading direction starts (the zoom buttons sit at the other end), so it is seen without
 * scrolling the side panel. It folds to one button; it starts open on a wide screen.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { groupOf, OVERLAY_GROUPS, type OverlayGroup } from "../../map/overlays.js";
import type { GeoLayer } from "../../api/geo-types.js";
import { useMissionGeography } from "../../mission/geography.js";

interface Props {
  shown: ReadonlySet<OverlayGroup>;
  /** The layers valid on the lines' day, to count per kind. */
  layers: readonly GeoLayer[];
  onToggle: (group: OverlayGroup, on: boolean) => void;
  /** Whether the mission's sectors are drawn (not a geo layer: the mission's own areas). */
  sectors: boolean;
  onSectors: (on: boolean) => void;
  /** Other datasets' events, for the roles that read them (decision 0021). */
  context?: { shown: boolean; count: number | null; onToggle: (on: boolean) => void };
}

const WIDE = "(min-width: 40rem)";

export function LayerSwitch({ shown, layers, onToggle, sectors, onSectors, context }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => window.matchMedia(WIDE).matches);
  const countOf = (g: OverlayGroup) => layers.filter((l) => groupOf(l.kind) === g).length;
  const sectorCount = useMissionGeography()?.sectors.features.length ?? 0;
  return (
    <details
      className="layer-switch"
      data-testid="layer-switch"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t("layers.title")}{" "}
        <span className="muted">
          ({shown.size}/{OVERLAY_GROUPS.length})
        </span>
      </summary>
      <fieldset className="check-group">
        <legend className="visually-hidden">{t("layers.show")}</legend>
        {OVERLAY_GROUPS.map((g) => (
          <label key={g}>
            <input
              type="checkbox"
              name="layer-group"
              value={g}
              checked={shown.has(g)}
              onChange={(e) => onToggle(g, e.target.checked)}
            />
            <span className={`layer-key layer-key-${g}`} aria-hidden="true" />
            <span>
              {t(`layers.groups.${g}`)} <span className="muted">({countOf(g)})</span>
            </span>
          </label>
        ))}
        {sectorCount > 0 && (
          <label>
            <input
              type="checkbox"
              name="sectors"
              checked={sectors}
              onChange={(e) => onSectors(e.target.checked)}
            />
            <span className="layer-key layer-key-sectors" aria-hidden="true" />
            <span>
              {t("layers.sectors")} <span className="muted">({sectorCount})</span>
            </span>
          </label>
        )}
        {context && (
          <label>
            <input
              type="checkbox"
              name="context-events"
              checked={context.shown}
              onChange={(e) => context.onToggle(e.target.checked)}
            />
            <span className="layer-key layer-key-context" aria-hidden="true" />
            <span>
              {t("openData.contextLayer")}{" "}
              {context.count !== null && <span className="muted">({context.count})</span>}
            </span>
          </label>
        )}
      </fieldset>
    </details>
  );
}

/** What of imports, the changes feed and context events leaves the server. */
import type { ContextEvent } from "../../domain/open-data/import-rows.js";
import type { OpenDataChangePage as ChangePage } from "../../services/open-data-feed.js";
import type { DataImport } from "../../services/open-data-import.js";
import type { z } from "zod";
import type { ContextEventMap, DataImportOut, OpenDataChangePage } from "../schemas/open-data.js";

export function presentImport(i: DataImport): z.infer<typeof DataImportOut> {
  return {
    id: i.id,
    dataset: i.dataset,
    target: i.target,
    layout: i.layout,
    fileName: i.fileName,
    fileSha256: i.fileSha256,
    fileBytes: i.fileBytes,
    state: i.state,
    bytesRead: i.bytesRead,
    rowsRead: i.rowsRead,
    imported: i.imported,
    duplicates: i.duplicates,
    refused: i.refused,
    error: i.error,
    createdBy: i.createdBy,
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}

/** The feed's records are the public records as exported: nothing more is added here. */
export function presentChangePage(p: ChangePage): z.infer<typeof OpenDataChangePage> {
  return {
    changes: p.changes.map((c) => ({
      seq: c.seq,
      change: c.change,
      at: c.at.toISOString(),
      id: c.id,
      record: c.record,
    })),
    nextCursor: p.nextCursor,
  };
}

/** Context events as map points; the row as imported (its other columns) stays in the export. */
export function presentContextMap(v: {
  events: ContextEvent[];
  truncated: boolean;
}): z.infer<typeof ContextEventMap> {
  return {
    type: "FeatureCollection",
    truncated: v.truncated,
    features: v.events.map((e) => ({
      type: "Feature",
      id: `${e.dataset}:${e.eventId}`,
      geometry: { type: "Point", coordinates: [e.lon, e.lat] },
      properties: {
        dataset: e.dataset,
        eventId: e.eventId,
        dateStart: e.dateStart,
        dateEnd: e.dateEnd,
        location: e.location,
        admin1: e.admin1,
        eventType: e.eventType,
        subEventType: e.subEventType,
        actor1: e.actor1,
        actor2: e.actor2,
        fatalities: e.fatalities,
        notes: e.notes,
        wherePrecision: e.wherePrecision,
      },
    })),
  };
}

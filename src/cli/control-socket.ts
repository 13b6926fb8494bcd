/**
 * The embedded database's control socket (decision 0026): only one process may open PGlite's data
 * folder, so while `cfm serve` holds it, `cfm backup` asks the server for the backup through a
 * Unix socket beside the folder's lock file. The socket is the operator's alone (mode 0600 in the
 * folder's parent); whoever may open it may read the data folder anyway. It answers one request:
 * `GET /backup`, the backup file's bytes, read by the server in one snapshot as `cfm backup`
 * reads PostgreSQL.
 */
import { chmodSync, createWriteStream, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { pipeline } from "node:stream/promises";
import { writeBackup, type BackupSource } from "../services/backup.js";
import { lockPathFor } from "../store/data-dir-lock.js";

/** The socket of the server holding the database folder `pgdata`: beside its lock file. */
export function controlSocketPath(pgdata: string): string {
  return lockPathFor(pgdata).replace(/\.lock$/, ".sock");
}

/** Serves backups of `src` on the data folder's control socket; returns a function that closes it. */
export async function startControlSocket(
  pgdata: string,
  src: BackupSource,
  log: (message: string) => void,
): Promise<() => Promise<void>> {
  const path = controlSocketPath(pgdata);
  // This process holds the folder's lock: a socket file left there is a dead server's.
  rmSync(path, { force: true });
  const server: Server = createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/backup") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Only GET /backup is served here.");
      return;
    }
    res.writeHead(200, { "content-type": "application/gzip" });
    writeBackup(src, res).catch((err: unknown) => {
      // The client sees a cut answer, which the backup's trailer check refuses.
      log(`a backup through the control socket failed: ${String(err)}`);
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

/**
 * Writes the running server's backup to `file` (through `file.partial`, renamed once it is all
 * there). False when no server answers on the socket.
 */
export async function backupThroughServer(pgdata: string, file: string): Promise<boolean> {
  const partial = `${file}.partial`;
  const answer = await new Promise<IncomingMessage | null>((resolve) => {
    const req = request({ socketPath: controlSocketPath(pgdata), path: "/backup" }, resolve);
    req.on("error", () => resolve(null));
    req.end();
  });
  if (!answer) return false;
  if (answer.statusCode !== 200) {
    answer.resume();
    throw new Error(`the server refused the backup (HTTP ${answer.statusCode})`);
  }
  try {
    await pipeline(answer, createWriteStream(partial, { flags: "w", mode: 0o600 }));
    await rename(partial, file);
    return true;
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

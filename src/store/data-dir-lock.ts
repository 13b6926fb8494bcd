/**
 * PGlite takes no lock of its own, and a second process writing the same data folder silently
 * loses commits (stack-notes.md). We take an exclusive pid file beside the data folder, created
 * with O_EXCL; a stale one (its process is gone) is replaced.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Ceasefire Monitor process (pid ${pid}). ` +
        `Only one process may open the embedded database at a time: stop that process first, ` +
        `or use the running server's API.`,
    );
    this.name = "DataDirLockedError";
  }
}

export function lockPathFor(dataDir: string): string {
  const abs = resolve(dataDir);
  return join(dirname(abs), `.${basename(abs)}.lock`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock or throws DataDirLockedError; returns a function that releases it. */
const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  const path = lockPathFor(dataDir);
  if (heldHere.has(path)) throw new DataDirLockedError(resolve(dataDir), process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
      if (Number.isFinite(pid) && pid > 0 && processAlive(pid) && pid !== process.pid) {
        throw new DataDirLockedError(resolve(dataDir), pid);
      }
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new DataDirLockedError(resolve(dataDir), -1);
}

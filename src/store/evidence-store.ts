/**
 * Content-addressed file store for evidence originals: a file is written once under its SHA-256
 * and never altered. Swappable (an interface) so a deployment can use other storage.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm, stat, chmod } from "node:fs/promises";
import { makeDir } from "./make-dir.js";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";

export interface StoredFile {
  sha256: string;
  sizeBytes: number;
  /** The first bytes of the file, for type detection. */
  head: Buffer;
}

export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`file exceeds ${limit} bytes`);
  }
}

export interface EvidenceStore {
  /**
   * Streams `source` into the store, hashing as it goes; refuses files over `maxBytes`. When
   * `accept` is given it sees the complete file (hash, size, first bytes) before the file takes
   * its place; if it throws, nothing is kept and the error is rethrown. A refused or failed put
   * never removes a file already stored under the same hash.
   */
  put(
    source: Readable,
    maxBytes: number,
    accept?: (file: StoredFile) => void | Promise<void>,
  ): Promise<StoredFile>;
  open(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
}

export function fileEvidenceStore(root: string): EvidenceStore {
  const pathOf = (sha: string) => join(root, "sha256", sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    async put(source, maxBytes, accept) {
      const tmpDir = join(root, "incoming");
      await makeDir(tmpDir);
      const tmp = join(tmpDir, randomUUID());
      const hash = createHash("sha256");
      let size = 0;
      const heads: Buffer[] = [];
      let headLen = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          if (size > maxBytes) return cb(new FileTooLargeError(maxBytes));
          hash.update(chunk);
          if (headLen < 4100) {
            heads.push(chunk);
            headLen += chunk.length;
          }
          cb(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, createWriteStream(tmp, { flags: "wx" }));
        const sha256 = hash.digest("hex");
        const stored = { sha256, sizeBytes: size, head: Buffer.concat(heads).subarray(0, 4100) };
        await accept?.(stored);
        const final = pathOf(sha256);
        if (await exists(final)) {
          await rm(tmp, { force: true });
        } else {
          await makeDir(dirname(final));
          await chmod(tmp, 0o444);
          await rename(tmp, final);
        }
        return stored;
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    },
    open: (sha256) => createReadStream(pathOf(sha256)),
    has: (sha256) => exists(pathOf(sha256)),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

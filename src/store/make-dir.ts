/**
 * `mkdir -p` that says why it failed. Node's recursive mkdir reports a read-only file system as
 * ENOENT ("no such file or directory"), which sends an operator looking for a missing folder; this
 * asks the nearest folder that exists whether it can be written, and throws that answer (EROFS,
 * EACCES) instead.
 */
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";

function whyNotWritable(path: string, err: unknown): unknown {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return err;
  } catch (denied) {
    return denied;
  }
}

export function makeDirSync(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (err) {
    throw whyNotWritable(path, err);
  }
}

export async function makeDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (err) {
    throw whyNotWritable(path, err);
  }
}

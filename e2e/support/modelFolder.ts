import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fakeModelFolderFiles } from "./fakeModelHost";

/** What a test does to a fake model folder before it is imported: file name → new bytes, or null to leave it out. */
export type FolderChanges = Record<string, Buffer | string | null>;

/**
 * Writes the fake model `modelId` (the files e2e/support/fakeModelHost.ts serves, and its library) into
 * `<parent>/<modelId>/`, changed as asked, and returns the folder's path and the bytes of its files.
 */
export function writeFakeModelFolder(
  parent: string,
  modelId: string,
  changes: FolderChanges = {},
): { folder: string; bytes: number; files: Map<string, Buffer> } {
  const folder = join(parent, modelId);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files = fakeModelFolderFiles(modelId);
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) files.delete(name);
    else files.set(name, Buffer.from(change));
  }
  let bytes = 0;
  for (const [name, body] of files) {
    writeFileSync(join(folder, name), body);
    bytes += body.byteLength;
  }
  return { folder, bytes, files };
}

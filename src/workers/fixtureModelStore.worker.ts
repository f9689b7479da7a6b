/**
 * The model-store worker of the fixture build: the real one, except that the storage estimate follows the
 * page's `fixture-free-storage-mb` setting, as the fixture engine's does, and that an import reads its files
 * at the pace `fixture-import-ms` sets (the settings arrive as the worker's name).
 */
import type { ChosenFile } from "../domain/importedModel";
import { parseFixtureConfig } from "./fixture/config";
import { createFixtureNetwork } from "./fixture/fixtureNetwork";
import { serveModelStore } from "./modelStoreWorker";

const config = parseFixtureConfig(new URLSearchParams(self.name));

/** The same bytes, each file read only after its share of `importMs`. */
class SlowBlob extends Blob {
  constructor(
    source: Blob,
    private readonly delayMs: number,
  ) {
    super([source]);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return super.arrayBuffer();
  }
}

function paced(files: ChosenFile[]): ChosenFile[] {
  if (config.importMs === 0 || files.length === 0) return files;
  const delayMs = config.importMs / files.length;
  return files.map(({ path, file }) => ({ path, file: new SlowBlob(file, delayMs) }));
}

serveModelStore({ estimateStorage: createFixtureNetwork(config).estimateStorage, filesToImport: paced });

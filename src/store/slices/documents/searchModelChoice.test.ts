import { describe, expect, it } from "vitest";
import { createTestStore } from "../../testing/testStore";
import type { AppStore } from "../../createAppStore";
import { untilState } from "../../testing/untilState";
import { SEARCH_MODEL_SETTING } from "./searchModelChoice";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

/** Long enough to be searched rather than read whole: the search model is asked about. */
function largeFile(name: string): File {
  const text = Array.from(
    { length: 120 },
    (_, i) =>
      `# Section ${i + 1}\n\nSection ${i + 1} talks about topic${i + 1} ${"filler words ".repeat(40)}`,
  ).join("\n\n");
  return new File([text], name, { type: "text/markdown" });
}

const asked = (store: AppStore) => untilState(store, (state) => state.searchModelQuestion);

async function openStore(databaseName: string) {
  const context = await createTestStore(undefined, databaseName);
  await context.store.getState().loadModel(MODEL);
  return context;
}

describe("'Not now' is remembered across starts", () => {
  it("is not asked again after a restart; the document is searched by its words", async () => {
    const name = "sigilo-not-now-remembered";
    const first = await openStore(name);
    const attaching = first.store.getState().attachFiles([largeFile("big.md")]);
    await asked(first.store);
    first.store.getState().answerSearchModelQuestion("not-now");
    await attaching;

    const next = await openStore(name);
    await next.store.getState().loadDocuments();
    await next.store.getState().attachFiles([largeFile("bigger.md")]);
    expect(next.store.getState().searchModelQuestion).toBe(false);
    expect(next.store.getState().searchModelChoice).toEqual({ choice: "not-now", remembered: true });
    expect(next.store.getState().documentLibrary.map((document) => document.name)).toEqual([
      "big.md",
      "bigger.md",
    ]);
    expect(next.engine.embedded).toEqual([]);
  });

  it("a database from before the setting existed (or with a value it does not know) asks as usual", async () => {
    for (const stored of [undefined, "maybe"]) {
      const name = `sigilo-search-model-${stored ?? "none"}`;
      const context = await openStore(name);
      if (stored) await context.storage.settings.set(SEARCH_MODEL_SETTING, stored);
      const next = await openStore(name);
      const attaching = next.store.getState().attachFiles([largeFile("big.md")]);
      await asked(next.store);
      expect(next.store.getState().searchModelChoice).toEqual({ choice: "undecided" });
      next.store.getState().answerSearchModelQuestion("download");
      await attaching;
      expect(next.engine.embedded.length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from "vitest";
import { isUserPresetList } from "../../../domain/systemPrompts";
import { createTestStore, settle } from "../../testing/testStore";
import { selectSystemPrompt, selectUserPresets } from "./selectors";

describe("instructions slice", () => {
  it("saves, updates and deletes user presets, refusing duplicates, and keeps them in storage", async () => {
    const { store, storage } = await createTestStore();
    const { savePreset } = store.getState();
    const builtIn = ["Concise", "Code reviewer"];
    expect(savePreset({ name: "Pirate", text: "Talk like a pirate." }, builtIn)).toBeUndefined();
    expect(savePreset({ name: "pirate", text: "Again" }, builtIn)).toEqual({
      code: "name-taken",
      name: "pirate",
    });
    expect(savePreset({ name: " concise ", text: "Mine" }, builtIn)).toEqual({
      code: "name-taken",
      name: "concise",
    });
    expect(savePreset({ name: "Empty", text: "   " }, builtIn)).toEqual({ code: "text-empty" });
    expect(savePreset({ name: "  ", text: "Text" }, builtIn)).toEqual({ code: "name-missing" });
    expect(savePreset({ name: "x".repeat(61), text: "Text" }, builtIn)).toEqual({
      code: "name-too-long",
      max: 60,
    });

    const pirate = store.getState().userPresets[0]!;
    expect(savePreset({ id: pirate.id, name: "Pirate", text: "Arr." }, builtIn)).toBeUndefined();
    expect(store.getState().userPresets).toEqual([{ ...pirate, text: "Arr." }]);
    expect(selectUserPresets(store.getState()).at(-1)?.name).toBe("Pirate");

    await settle();
    expect(await storage.settings.get("systemPromptPresets", isUserPresetList)).toEqual([
      { ...pirate, text: "Arr." },
    ]);
    store.setState({ userPresets: [] });
    await store.getState().loadPresets();
    expect(store.getState().userPresets).toEqual([{ ...pirate, text: "Arr." }]);

    store.getState().deletePreset(pirate.id);
    await settle();
    expect(await storage.settings.get("systemPromptPresets", isUserPresetList)).toEqual([]);
  });

  it("applies to the next new chat when none is open, and to the open conversation otherwise", async () => {
    const { store, storage } = await createTestStore();
    await store.getState().loadModel("Qwen2.5-0.5B-Instruct-q4f16_1-MLC");
    store.getState().setInstructions({ systemPrompt: "Draft", settings: undefined });
    expect(selectSystemPrompt(store.getState())).toBe("Draft");
    await store.getState().sendMessage("Hi");
    store.getState().setInstructions({ systemPrompt: "  ", settings: undefined });
    expect(selectSystemPrompt(store.getState())).toBeUndefined();
    await settle();
    expect((await storage.conversations.listConversations())[0]?.systemPrompt).toBeUndefined();
  });
});

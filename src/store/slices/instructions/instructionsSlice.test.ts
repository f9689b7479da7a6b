import { describe, expect, it } from "vitest";
import { isUserPresetList } from "../../../domain/systemPrompts";
import { createTestStore, settle } from "../../testing/testStore";
import { selectAllPresets, selectSystemPrompt } from "./selectors";

describe("instructions slice", () => {
  it("saves, updates and deletes user presets, refusing duplicates, and keeps them in storage", async () => {
    const { store, storage } = await createTestStore();
    const { savePreset } = store.getState();
    expect(savePreset({ name: "Pirate", text: "Talk like a pirate." })).toBeUndefined();
    expect(savePreset({ name: "pirate", text: "Again" })).toBe("A preset named “pirate” already exists.");
    expect(savePreset({ name: "Concise", text: "Mine" })).toBe("A preset named “Concise” already exists.");
    expect(savePreset({ name: "Empty", text: "   " })).toBe("The preset's instructions are empty.");

    const pirate = store.getState().userPresets[0]!;
    expect(savePreset({ id: pirate.id, name: "Pirate", text: "Arr." })).toBeUndefined();
    expect(store.getState().userPresets).toEqual([{ ...pirate, text: "Arr." }]);
    expect(selectAllPresets(store.getState()).at(-1)?.name).toBe("Pirate");

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

import { describe, expect, it } from "vitest";
import { isUserPreset } from "../../../domain/systemPrompts";
import { createTestStore, settle } from "../../testing/testStore";
import { isInstructions } from "../../../domain/recordSchema";
import { selectGenerationSettings, selectSystemPrompt, selectUserPresets } from "./selectors";

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
    expect(await storage.settings.getList("systemPromptPresets", isUserPreset)).toEqual([
      { ...pirate, text: "Arr." },
    ]);
    store.setState({ userPresets: [] });
    await store.getState().loadPresets();
    expect(store.getState().userPresets).toEqual([{ ...pirate, text: "Arr." }]);

    store.getState().deletePreset(pirate.id);
    await settle();
    expect(await storage.settings.getList("systemPromptPresets", isUserPreset)).toEqual([]);
  });

  it("a damaged preset in storage hides none of the others, and saving a new one keeps them", async () => {
    const { store, storage } = await createTestStore();
    const good = { id: "p1", name: "Brief", text: "Be brief.", builtIn: false };
    await storage.settings.set("systemPromptPresets", [good, { id: "p2", name: "Broken", text: 42 }]);
    await store.getState().loadPresets();
    expect(store.getState().userPresets).toEqual([good]);

    expect(store.getState().savePreset({ name: "Pirate", text: "Arr." }, [])).toBeUndefined();
    await settle();
    const stored = await storage.settings.getList("systemPromptPresets", isUserPreset);
    expect(stored?.map((preset) => preset.name)).toEqual(["Brief", "Pirate"]);
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

  it("starts every new chat with the default instructions, leaves existing chats alone, and keeps them", async () => {
    const { store, storage, engine } = await createTestStore();
    await store.getState().loadModel("Qwen2.5-0.5B-Instruct-q4f16_1-MLC");
    await store.getState().sendMessage("An existing chat");
    const existing = store.getState().activeConversationId!;
    const settings = { temperature: 0.3, topP: 0.9, maxTokens: 512, presencePenalty: 0, frequencyPenalty: 0 };

    store.getState().setDefaultInstructions({ systemPrompt: "  Answer like a pirate.  ", settings });
    // The open conversation keeps its own.
    expect(selectSystemPrompt(store.getState())).toBeUndefined();

    store.getState().newChat();
    expect(selectSystemPrompt(store.getState())).toBe("Answer like a pirate.");
    expect(selectGenerationSettings(store.getState())).toEqual(settings);
    await store.getState().sendMessage("Hello");
    const created = store.getState().conversations.find((c) => c.id !== existing)!;
    expect(created).toMatchObject({ systemPrompt: "Answer like a pirate.", settings });
    expect(engine.requests.at(-1)).toMatchObject({
      temperature: 0.3,
      messages: [
        { role: "system", content: "Answer like a pirate." },
        { role: "user", content: "Hello" },
      ],
    });
    expect(store.getState().conversations.find((c) => c.id === existing)?.systemPrompt).toBeUndefined();

    // Changed for one new chat before its first message, only that chat differs; the next starts from the defaults.
    store.getState().newChat();
    store.getState().setInstructions({ systemPrompt: "Just this once", settings: undefined });
    await store.getState().sendMessage("Once");
    expect(selectSystemPrompt(store.getState())).toBe("Just this once");
    store.getState().newChat();
    expect(selectSystemPrompt(store.getState())).toBe("Answer like a pirate.");

    await settle();
    const stored = await storage.settings.get("defaultInstructions", isInstructions);
    expect(stored).toEqual({ systemPrompt: "Answer like a pirate.", settings });
    store.setState({ defaultInstructions: {} });
    await store.getState().loadDefaultInstructions();
    expect(store.getState().defaultInstructions).toEqual({ systemPrompt: "Answer like a pirate.", settings });

    // Cleared: new chats start with nothing again.
    store.getState().setDefaultInstructions({ systemPrompt: " ", settings: undefined });
    expect(selectSystemPrompt(store.getState())).toBeUndefined();
    await settle();
    expect(await storage.settings.get("defaultInstructions", isInstructions)).toEqual({});
  });

  it("reads damaged stored defaults as none", async () => {
    const { store, storage } = await createTestStore();
    await storage.settings.set("defaultInstructions", { systemPrompt: 42, settings: { temperature: 9 } });
    await store.getState().loadDefaultInstructions();
    expect(store.getState().defaultInstructions).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import type { Conversation, Message } from "./conversation";
import { customModelCard, customModelId } from "./customModel";
import { conversationToMarkdown } from "./markdownExport";
import { plainMarkdownLabels as labels } from "../test/plainMarkdownLabels";
import { nameModel } from "./modelNaming";

const tuned = customModelCard({
  name: "Contracts Llama",
  modelUrl: "https://models.example.org/contracts-llama",
  source: {
    modelId: customModelId("Contracts Llama"),
    filesUrl: "https://models.example.org/contracts-llama/resolve/main/",
    libraryUrl: "https://models.example.org/libs/contracts-llama.wasm",
  },
  modelType: "llama",
  quantization: "q4f32_1",
  contextWindow: 4096,
  weightsBytes: 4 * 1024 * 1024,
  shardCount: 4,
});

describe("nameModel", () => {
  it("names catalog models and the user's own models by their names", () => {
    expect(nameModel([], "Qwen2.5-0.5B-Instruct-q4f32_1-MLC")).toEqual({
      kind: "known",
      name: "Qwen2.5 0.5B Instruct (f32)",
    });
    expect(nameModel([tuned], "custom-contracts-llama")).toEqual({ kind: "known", name: "Contracts Llama" });
  });

  it("keeps what is left of a removed model's name, and an unknown id as it is", () => {
    expect(nameModel([], "custom-contracts-llama")).toEqual({
      kind: "removed",
      shortName: "contracts-llama",
    });
    expect(nameModel([], "Some-Future-Model-q4f16_1-MLC")).toEqual({
      kind: "unknown",
      modelId: "Some-Future-Model-q4f16_1-MLC",
    });
    expect(nameModel([], "custom-")).toEqual({ kind: "unknown", modelId: "custom-" });
  });

  it("names a reply imported from ChatGPT by the model ChatGPT recorded, or none", () => {
    expect(nameModel([], "chatgpt:gpt-4o")).toEqual({ kind: "imported", model: "gpt-4o" });
    expect(nameModel([], "chatgpt:text-davinci-002-render-sha")).toEqual({
      kind: "imported",
      model: "gpt-3.5",
    });
    expect(nameModel([], "chatgpt:")).toEqual({ kind: "imported" });
  });

  it("says when no model was recorded", () => {
    expect(nameModel([tuned], undefined)).toEqual({ kind: "none" });
  });
});

describe("Markdown export authors", () => {
  const conversation: Conversation = { id: "c", title: "Clauses", titled: true, createdAt: 0, updatedAt: 0 };
  const reply = (id: string, modelId?: string): Message => ({
    id,
    conversationId: "c",
    parentId: null,
    role: "assistant",
    content: `reply ${id}`,
    createdAt: 0,
    status: "complete",
    modelId,
  });

  it("signs replies of the user's own models with their names, even once removed", () => {
    const messages = [reply("1", "custom-contracts-llama"), reply("2")];
    expect(conversationToMarkdown(conversation, messages, labels, [tuned])).toContain(
      "## Contracts Llama\n\nreply 1",
    );
    expect(conversationToMarkdown(conversation, messages, labels)).toContain(
      "## contracts-llama (removed)\n\nreply 1",
    );
    expect(conversationToMarkdown(conversation, messages, labels)).toContain("## Assistant\n\nreply 2");
  });

  it("signs replies imported from ChatGPT with their model, marked as imported", () => {
    const messages = [reply("1", "chatgpt:o3"), reply("2", "chatgpt:")];
    const markdown = conversationToMarkdown(conversation, messages, labels);
    expect(markdown).toContain("## o3 (imported)\n\nreply 1");
    expect(markdown).toContain("## ChatGPT (imported)\n\nreply 2");
  });
});

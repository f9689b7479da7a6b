import { describe, expect, it } from "vitest";
import { readChatGptChunks } from "../services/transfer/readConversationBlob";
import { chatGptExportSample, LISBON, lisbonConversation, mappingOf } from "../test/chatgptExportSample";
import type { ImportedConversation, ParsedExport } from "./importValidation";
import { ancestry, branchPosition, buildTree, pathTo } from "./messageTree";
import { nameModel } from "./modelNaming";
import { checkConversation, checkMessage } from "./recordSchema";
import { isValidTree } from "./treeIntegrity";

const NOTES = { image: "[image]" };
const T = 1_700_000_000_000;

async function read(data: unknown): Promise<ParsedExport> {
  return readChatGptChunks([JSON.stringify(data)], NOTES);
}

async function conversations(data: unknown): Promise<ImportedConversation[]> {
  const parsed = await read(data);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.conversations;
}

const idOf = (node: string) => `chatgpt-${LISBON.id}-${node}`;

describe("a ChatGPT export", () => {
  it("becomes Sigilo conversations, and says what it left out", async () => {
    const parsed = await read(chatGptExportSample());
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.conversations.map(({ conversation }) => conversation.title)).toEqual([
      "Trip to Lisbon",
      "Explain tides",
    ]);
    expect(parsed.chatGpt?.skipped).toEqual({
      images: 1,
      tool: 2,
      hidden: 3,
      empty: 1,
      other: 1,
      conversations: 1,
    });
    for (const { conversation, messages, repair } of parsed.conversations) {
      expect(checkConversation(conversation)).toMatchObject({ ok: true });
      for (const message of messages) expect(checkMessage(message)).toMatchObject({ ok: true });
      expect(isValidTree(conversation, messages)).toBe(true);
      expect(repair).toBeUndefined();
    }
  });

  it("keeps edits and regenerations as versions, and shows the branch ChatGPT showed", async () => {
    const [lisbon] = await conversations([lisbonConversation()]);
    const { conversation, messages } = lisbon!;
    const tree = buildTree(messages);
    const answers = tree.children.get(idOf(LISBON.firstQuestion))!;
    expect(answers.map((m) => m.content)).toEqual([
      "Belém and Alfama, for a start.",
      "The **Alfama** quarter, by tram 28.",
    ]);
    expect(branchPosition(tree, answers[1]!)).toMatchObject({ index: 2, count: 2 });
    const questions = tree.children.get(idOf(LISBON.regeneratedAnswer))!;
    expect(questions.map((m) => m.id)).toEqual([idOf(LISBON.question), idOf(LISBON.editedQuestion)]);
    expect(conversation.activeLeafId).toBe(idOf(LISBON.lastAnswer));
    expect(pathTo(tree, conversation.activeLeafId).map((m) => [m.role, m.content])).toEqual([
      ["user", "What should I see in Lisbon?"],
      ["assistant", "The **Alfama** quarter, by tram 28."],
      ["user", "[image]\n\nWhat is this pastry?"],
      ["assistant", "A pastel de nata."],
    ]);
  });

  it("steps over tool calls, tool output and reasoning, so the answer follows its question", async () => {
    const [lisbon] = await conversations([lisbonConversation()]);
    const tree = buildTree(lisbon!.messages);
    expect(ancestry(tree, idOf(LISBON.answerAfterTool)).map((m) => m.id)).toEqual([
      idOf(LISBON.firstQuestion),
      idOf(LISBON.regeneratedAnswer),
      idOf(LISBON.question),
      idOf(LISBON.answerAfterTool),
    ]);
    const ids = lisbon!.messages.map((m) => m.id);
    for (const skipped of ["root", "n-sys", "n-ctx", "n-code", "n-out", "n-think", "n-empty"]) {
      expect(ids).not.toContain(idOf(skipped));
    }
    expect(tree.children.get(null)!.map((m) => m.id)).toEqual([idOf(LISBON.firstQuestion)]);
  });

  it("keeps the model, times and why a reply ended", async () => {
    const [lisbon] = await conversations([lisbonConversation()]);
    const byId = new Map(lisbon!.messages.map((m) => [m.id, m]));
    expect(byId.get(idOf(LISBON.firstAnswer))).toMatchObject({
      modelId: "chatgpt:gpt-4o",
      createdAt: T + 20_000,
      finishReason: "stop",
      status: "complete",
    });
    expect(byId.get(idOf(LISBON.regeneratedAnswer))).toMatchObject({ finishReason: "length" });
    expect(byId.get(idOf(LISBON.firstQuestion))).not.toHaveProperty("modelId");
    expect(lisbon!.conversation).toMatchObject({ createdAt: T, updatedAt: T + 900_250, titled: true });
    expect(nameModel([], byId.get(idOf(LISBON.answerAfterTool))!.modelId)).toEqual({
      kind: "imported",
      model: "o3",
    });
    expect(nameModel([], byId.get(idOf(LISBON.lastAnswer))!.modelId)).toEqual({
      kind: "imported",
      model: "gpt-3.5",
    });
  });

  it("reads an older export: a title from the first question, times from the messages", async () => {
    const [, old] = await conversations(chatGptExportSample());
    expect(old!.conversation).toMatchObject({
      id: "chatgpt-0a0a0a0a-0000-4000-8000-00000000b002",
      title: "Explain tides",
      createdAt: T - 5_000,
    });
    expect(old!.messages.map((m) => [m.content, m.createdAt, m.modelId])).toEqual([
      ["Explain tides\nin one line", T - 5_000, undefined],
      ["The Moon pulls the sea.", T - 5_000, "chatgpt:"],
    ]);
    expect(nameModel([], "chatgpt:")).toEqual({ kind: "imported" });
  });

  it("dates a reply no earlier than its question, and a message without a time like the one above it", async () => {
    const mapping = mappingOf([
      { id: "q", parent: null, role: "user", content: { content_type: "text", parts: ["Q"] }, time: 2_000 },
      {
        id: "a",
        parent: "q",
        role: "assistant",
        content: { content_type: "text", parts: ["A"] },
        time: 1_000,
      },
      { id: "b", parent: "a", role: "user", content: { content_type: "text", parts: ["B"] }, time: null },
    ]);
    const [only] = await conversations([{ id: "c", title: "t", create_time: 1, mapping, current_node: "b" }]);
    expect(only!.messages.map((m) => m.createdAt)).toEqual([2_000_000, 2_000_000, 2_000_000]);
  });

  it("gives the same ids every time, so a second import adds nothing", async () => {
    expect(await conversations(chatGptExportSample())).toEqual(await conversations(chatGptExportSample()));
  });

  it("reads the same however the text is cut into chunks", async () => {
    const text = JSON.stringify(chatGptExportSample(), null, 1).replace('"Trip', '"\\"Trip');
    const whole = await readChatGptChunks([text], NOTES);
    for (const size of [1, 7, 64, 1000]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      expect(await readChatGptChunks(chunks, NOTES)).toEqual(whole);
    }
  });

  it("survives parent links that loop and nodes that point nowhere", async () => {
    const mapping = mappingOf([
      { id: "x", parent: "y", role: "tool", content: { content_type: "text", parts: ["out"] } },
      { id: "y", parent: "x", role: "system" },
      { id: "q", parent: "x", role: "user", content: { content_type: "text", parts: ["Q"] }, time: 5 },
      { id: "a", parent: "b", role: "assistant", content: { content_type: "text", parts: ["A"] }, time: 6 },
      { id: "b", parent: "a", role: "user", content: { content_type: "text", parts: ["B"] }, time: 7 },
      {
        id: "lost",
        parent: "nowhere",
        role: "user",
        content: { content_type: "text", parts: ["L"] },
        time: 8,
      },
    ]);
    const [only] = await conversations([{ id: "c", title: "t", mapping, current_node: "missing" }]);
    expect(isValidTree(only!.conversation, only!.messages)).toBe(true);
    expect(only!.messages.map((m) => m.content).sort()).toEqual(["A", "B", "L", "Q"]);
    expect(only!.conversation.activeLeafId).toBeUndefined();
  });

  it.each([
    ["an unfinished file", '[{"mapping":{}', { code: "truncated" }],
    ["an array of something else", "[1, 2]", { code: "foreign" }],
    ["a list with a hole", '[{"mapping":{}},,{"mapping":{}}]', { code: "not-json" }],
    ["a trailing comma", '[{"mapping":{}},]', { code: "not-json" }],
    ["text after the array", '[{"mapping":{}}] and more', { code: "not-json" }],
    ["a broken conversation", '[{"mapping":{}, "title": nul}]', { code: "not-json" }],
    ["deep nesting", `[${"[".repeat(40)}${"]".repeat(40)}]`, { code: "too-deep", depth: 33, limit: 32 }],
  ])("refuses %s, saying why", async (_name, text, problem) => {
    expect(await readChatGptChunks([text], NOTES)).toEqual({ ok: false, problem });
  });

  it("reads an empty export as nothing to import", async () => {
    expect(await readChatGptChunks([" [ ] "], NOTES)).toMatchObject({ ok: true, conversations: [] });
  });
});

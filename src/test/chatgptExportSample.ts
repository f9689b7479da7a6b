/**
 * A ChatGPT export (conversations.json) shaped like real ones, for unit and end-to-end tests: a conversation with
 * a regenerated answer and an edited question (two branches), hidden system and custom-instruction nodes before
 * the first question, a Code Interpreter round (tool call and output) between a question and its answer, an
 * image, reasoning notes, an empty reply and the `null` root every export has; a second conversation from an
 * older export (no title, no times on some messages, `id` instead of `conversation_id`); a damaged one.
 */

type Node = { id: string; message: unknown; parent: string | null; children: string[] };

interface Turn {
  id: string;
  parent: string | null;
  role?: "user" | "assistant" | "system" | "tool";
  content?: Record<string, unknown>;
  time?: number | null;
  metadata?: Record<string, unknown>;
  recipient?: string;
}

const text = (...parts: unknown[]) => ({ content_type: "text", parts });

/** The mapping of a conversation, with `children` filled in from the parents as ChatGPT writes it. */
export function mappingOf(turns: Turn[]): Record<string, Node> {
  const mapping: Record<string, Node> = {};
  for (const turn of turns) {
    mapping[turn.id] = {
      id: turn.id,
      message:
        turn.role === undefined
          ? null
          : {
              id: turn.id,
              author: { role: turn.role, name: null, metadata: {} },
              create_time: turn.time ?? null,
              update_time: null,
              content: turn.content ?? text(""),
              status: "finished_successfully",
              end_turn: turn.role === "assistant" ? true : null,
              weight: 1,
              metadata: turn.metadata ?? {},
              recipient: turn.recipient ?? "all",
            },
      parent: turn.parent,
      children: [],
    };
  }
  for (const turn of turns) if (turn.parent) mapping[turn.parent]?.children.push(turn.id);
  return mapping;
}

const T = 1_700_000_000;
const gpt4o = { model_slug: "gpt-4o", default_model_slug: "gpt-4o", finish_details: { type: "stop" } };

/** The Lisbon conversation's node ids, for tests that follow its branches. */
export const LISBON = {
  id: "6b1f0c2e-0000-4000-8000-00000000a001",
  firstQuestion: "n-u1",
  firstAnswer: "n-a1",
  regeneratedAnswer: "n-a1b",
  question: "n-u2",
  answerAfterTool: "n-a2",
  editedQuestion: "n-u2b",
  lastAnswer: "n-a3",
};

export function lisbonConversation() {
  return {
    title: "Trip to Lisbon",
    create_time: T,
    update_time: T + 900.25,
    mapping: mappingOf([
      { id: "root", parent: null },
      {
        id: "n-sys",
        parent: "root",
        role: "system",
        metadata: { is_visually_hidden_from_conversation: true },
      },
      {
        id: "n-ctx",
        parent: "n-sys",
        role: "user",
        content: {
          content_type: "user_editable_context",
          user_profile: "I like walking.",
          user_instructions: "",
        },
        metadata: { is_visually_hidden_from_conversation: true, user_context_message_data: {} },
      },
      {
        id: "n-u1",
        parent: "n-ctx",
        role: "user",
        content: text("What should I see in Lisbon?"),
        time: T + 10,
      },
      {
        id: "n-a1",
        parent: "n-u1",
        role: "assistant",
        content: text("Belém and Alfama, for a start."),
        time: T + 20,
        metadata: gpt4o,
      },
      {
        id: "n-a1b",
        parent: "n-u1",
        role: "assistant",
        content: text("The **Alfama** quarter, by tram 28.\uE200cite\uE202turn0search1\uE201"),
        time: T + 60,
        metadata: { model_slug: "gpt-4o", finish_details: { type: "max_tokens" } },
      },
      {
        id: "n-u2",
        parent: "n-a1b",
        role: "user",
        content: text("How far is Sintra? Work it out."),
        time: T + 100,
      },
      {
        id: "n-code",
        parent: "n-u2",
        role: "assistant",
        recipient: "python",
        content: { content_type: "code", language: "unknown", text: "print(28 / 40)" },
        time: T + 110,
        metadata: gpt4o,
      },
      {
        id: "n-out",
        parent: "n-code",
        role: "tool",
        content: { content_type: "execution_output", text: "0.7" },
        time: T + 111,
      },
      {
        id: "n-think",
        parent: "n-out",
        role: "assistant",
        content: { content_type: "thoughts", thoughts: [{ summary: "Distance", content: "28 km" }] },
        time: T + 112,
        metadata: { model_slug: "o3" },
      },
      {
        id: "n-a2",
        parent: "n-think",
        role: "assistant",
        content: text("About 28 km: 40 minutes by train."),
        time: T + 120,
        metadata: { model_slug: "o3" },
      },
      {
        id: "n-u2b",
        parent: "n-a1b",
        role: "user",
        content: {
          content_type: "multimodal_text",
          parts: [
            {
              content_type: "image_asset_pointer",
              asset_pointer: "file-service://file-abc123",
              size_bytes: 201_000,
              width: 1024,
              height: 768,
            },
            "What is this pastry?",
          ],
        },
        time: T + 300,
      },
      {
        id: "n-a3",
        parent: "n-u2b",
        role: "assistant",
        content: text("A pastel de nata."),
        time: T + 320,
        metadata: { model_slug: "text-davinci-002-render-sha" },
      },
      { id: "n-empty", parent: "n-a3", role: "assistant", content: text(""), time: T + 330 },
    ]),
    moderation_results: [],
    current_node: "n-a3",
    plugin_ids: null,
    conversation_id: LISBON.id,
    conversation_template_id: null,
    gizmo_id: null,
    is_archived: false,
    safe_urls: [],
    default_model_slug: "gpt-4o",
    id: LISBON.id,
  };
}

/** An older export: no title, `id` only, a user message without a time, no model slug. */
export function oldConversation() {
  return {
    title: null,
    create_time: null,
    update_time: null,
    mapping: mappingOf([
      { id: "o-root", parent: null, role: "system", content: text(""), time: null },
      { id: "o-u1", parent: "o-root", role: "user", content: text("Explain tides\nin one line"), time: null },
      {
        id: "o-a1",
        parent: "o-u1",
        role: "assistant",
        content: text("The Moon pulls the sea."),
        time: T - 5,
      },
    ]),
    current_node: "o-a1",
    id: "0a0a0a0a-0000-4000-8000-00000000b002",
  };
}

export function chatGptExportSample(): unknown[] {
  return [lisbonConversation(), oldConversation(), { title: "Damaged", mapping: "not a mapping", id: "x" }];
}

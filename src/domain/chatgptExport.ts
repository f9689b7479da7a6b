import { visibleTitle } from "./conversationTitle";
import { readNode, toMillis, cleanSlug, type ChatGptNotes, type NodeReading } from "./chatgptContent";
import { titleFromFirstMessage, type Conversation, type Message } from "./conversation";
import { IMPORT_LIMITS } from "./importLimits";
import { CHATGPT_MODEL_PREFIX } from "./modelNaming";
import { withoutChanged, type ImportedConversation } from "./importValidation";
import { isRecord } from "./recordSchema";
import { checkTree } from "./treeIntegrity";

/**
 * A ChatGPT export (conversations.json: an array of conversations, each a tree of nodes in `mapping`) read as
 * Sigilo conversations. ChatGPT's tree is kept: an edited question or a regenerated answer is a sibling, which
 * Sigilo shows as versions, and `current_node` becomes the version on screen. Nodes that are not imported (tool
 * traffic, system and hidden messages: see chatgptContent.ts) are stepped over, so what follows them answers
 * the nearest message that is kept and the tree stays connected.
 *
 * Ids are derived from ChatGPT's ids, so importing the same export again adds nothing, and an export made later
 * adds only what is new.
 */

/** Every id of an imported record starts so: ChatGPT's ids cannot collide with Sigilo's own. */
export const CHATGPT_ID_PREFIX = "chatgpt-";

/** What a ChatGPT export held that is not imported, counted for the preview and the report. */
export interface SkippedContent {
  /** Images (each replaced by a note in its message). */
  images: number;
  /** Tool calls and their output: code runs, browsing, image generation. */
  tool: number;
  /** System messages, custom instructions and other messages ChatGPT itself does not show. */
  hidden: number;
  /** Messages with no text. */
  empty: number;
  /** Reasoning notes and content this version does not know. */
  other: number;
  /** Conversations that could not be read, appear twice, or have no message left to import. */
  conversations: number;
}

export function noSkips(): SkippedContent {
  return { images: 0, tool: 0, hidden: 0, empty: 0, other: 0, conversations: 0 };
}

export function countSkipped(skipped: SkippedContent): number {
  return Object.values(skipped).reduce((sum, count) => sum + count, 0);
}

/** Longest ChatGPT id taken as is (theirs are 36-character UUIDs); ids derived from them stay under IMPORT_LIMITS.id. */
const SOURCE_ID_LIMIT = 100;

/** Whether a value looks like one conversation of a ChatGPT export (how such a file is recognised). */
export function isChatGptConversation(value: unknown): boolean {
  return isRecord(value) && isRecord(value.mapping);
}

/** One conversation of the export, or nothing (with why) when nothing of it can be imported. */
export function readChatGptConversation(
  raw: unknown,
  notes: ChatGptNotes,
): { imported?: ImportedConversation; skipped: SkippedContent } {
  const skipped = noSkips();
  const sourceId = isRecord(raw) ? (sourceIdOf(raw.conversation_id) ?? sourceIdOf(raw.id)) : undefined;
  if (!isRecord(raw) || !isRecord(raw.mapping) || sourceId === undefined) {
    return { skipped: { ...skipped, conversations: 1 } };
  }
  const conversationId = `${CHATGPT_ID_PREFIX}${sourceId}`;
  const nodes = new Map<string, Record<string, unknown>>();
  const readings = new Map<string, NodeReading>();
  for (const [key, node] of Object.entries(raw.mapping)) {
    if (!isRecord(node) || key.length > SOURCE_ID_LIMIT) {
      skipped.other += 1;
      continue;
    }
    nodes.set(key, node);
    const reading = readNode(node, notes);
    readings.set(key, reading);
    if (reading.kind === "skipped") skipped[reading.reason] += 1;
    if (reading.kind === "kept") skipped.images += reading.images;
  }

  const keptAbove = nearestKept(nodes, readings);
  const idOf = (key: string) => `${conversationId}-${key}`;
  const defaultSlug = cleanSlug(raw.default_model_slug);
  const conversationStart = toMillis(raw.create_time);
  const parentOf = new Map<string, string | null>();
  for (const [key, reading] of readings) {
    if (reading.kind === "kept") parentOf.set(key, keptAbove(nodes.get(key)!.parent));
  }
  // Without a start time (older exports), a message without its own is dated like the earliest one that has one.
  const times = creationTimes(readings, parentOf, conversationStart ?? earliestTime(readings) ?? 0);
  const messages: Message[] = [];
  for (const [key, parent] of parentOf) {
    const reading = readings.get(key);
    if (reading?.kind !== "kept") continue;
    messages.push({
      id: idOf(key),
      conversationId,
      parentId: parent === null ? null : idOf(parent),
      role: reading.role,
      content: reading.content,
      createdAt: times.get(key)!,
      status: "complete",
      ...(reading.role === "assistant" && {
        modelId: `${CHATGPT_MODEL_PREFIX}${reading.modelSlug ?? defaultSlug ?? ""}`,
      }),
      ...(reading.finishReason && { finishReason: reading.finishReason }),
    });
  }
  if (messages.length === 0) return { skipped: { ...skipped, conversations: 1 } };
  messages.sort((a, b) => a.createdAt - b.createdAt);

  const leaf = keptAbove(raw.current_node);
  const firstQuestion = messages.find((message) => message.role === "user")?.content ?? "";
  const title = typeof raw.title === "string" ? visibleTitle(raw.title) : undefined;
  const createdAt = conversationStart ?? messages[0]!.createdAt;
  const conversation: Conversation = {
    id: conversationId,
    title: (title ?? titleFromFirstMessage(firstQuestion)).slice(0, IMPORT_LIMITS.title),
    titled: true,
    createdAt,
    updatedAt: Math.max(toMillis(raw.update_time) ?? 0, messages.at(-1)!.createdAt, createdAt),
    ...(leaf !== null && { activeLeafId: idOf(leaf) }),
  };
  const tree = checkTree(conversation, messages);
  return {
    imported: {
      conversation: tree.conversation,
      messages: tree.messages,
      ...(tree.repair && { repair: withoutChanged(tree.repair) }),
    },
    skipped,
  };
}

function earliestTime(readings: ReadonlyMap<string, NodeReading>): number | undefined {
  let earliest: number | undefined;
  for (const reading of readings.values()) {
    if (reading.kind === "kept" && reading.createdAt !== undefined) {
      earliest = Math.min(earliest ?? reading.createdAt, reading.createdAt);
    }
  }
  return earliest;
}

function sourceIdOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" && value.length <= SOURCE_ID_LIMIT ? value : undefined;
}

/**
 * For a node key (or a `parent` field), the nearest node at or above it that is imported, or null when there is
 * none. Each node is walked once (answers are remembered), and a loop in the export's parent links ends the walk.
 */
function nearestKept(
  nodes: ReadonlyMap<string, Record<string, unknown>>,
  readings: ReadonlyMap<string, NodeReading>,
): (key: unknown) => string | null {
  const known = new Map<string, string | null>();
  return (start) => {
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let current: unknown = start;
    let found: string | null = null;
    while (typeof current === "string" && nodes.has(current)) {
      if (readings.get(current)?.kind === "kept") {
        found = current;
        break;
      }
      if (known.has(current)) {
        found = known.get(current)!;
        break;
      }
      if (onWalk.has(current)) break;
      walk.push(current);
      onWalk.add(current);
      current = nodes.get(current)!.parent;
    }
    for (const key of walk) known.set(key, found);
    return found;
  };
}

/**
 * When each kept message was written: the export's time, never earlier than the message it answers (clocks and
 * old exports disagree), and the time of the message above it when the export has none, so versions and replies
 * keep their order. Messages are dated from the first ones down, so a parent is dated before its replies; one
 * in a loop of parent links (never reached that way) keeps its own time.
 */
function creationTimes(
  readings: ReadonlyMap<string, NodeReading>,
  parentOf: ReadonlyMap<string, string | null>,
  fallback: number,
): Map<string, number> {
  const own = (key: string) => {
    const reading = readings.get(key);
    return reading?.kind === "kept" ? reading.createdAt : undefined;
  };
  const children = new Map<string | null, string[]>();
  for (const [key, parent] of parentOf) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(key);
    else children.set(parent, [key]);
  }
  const times = new Map<string, number>();
  const queue: [string, number][] = (children.get(null) ?? []).map((key) => [key, fallback]);
  for (let at = 0; at < queue.length; at += 1) {
    const [key, parentTime] = queue[at]!;
    if (times.has(key)) continue;
    const time = Math.max(own(key) ?? parentTime, parentTime);
    times.set(key, time);
    for (const child of children.get(key) ?? []) queue.push([child, time]);
  }
  for (const key of parentOf.keys()) if (!times.has(key)) times.set(key, own(key) ?? fallback);
  return times;
}

import type { Message } from "../../domain/conversation";
import type { ReplyInFlight } from "./schema";

/*
 * A reply cut off by a closed tab stays "streaming" in storage, and start-up turns it into "interrupted". The
 * status is sealed while the lock is on, so no index can find those messages; reading every message instead
 * costs seconds with a long history, at every start. So every write of a message keeps a mark beside it, in the
 * same transaction: a message stored as "streaming" has a record in `repliesInFlight`, any other status removes
 * it. Start-up reads that store (empty unless a tab was closed mid-reply) and only the messages it names.
 */

/** The `repliesInFlight` store inside a read-write transaction. */
export interface RepliesInFlightStore {
  put(value: ReplyInFlight): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/** Brings the marks of `messages` in step with their statuses; requests are queued in the caller's transaction. */
export function noteRepliesInFlight(
  store: RepliesInFlightStore,
  messages: readonly Pick<Message, "id" | "status">[],
): Promise<unknown>[] {
  return messages.map((message) =>
    message.status === "streaming" ? store.put({ id: message.id }) : store.delete(message.id),
  );
}

/** Removes the marks of deleted messages. */
export function forgetRepliesInFlight(
  store: RepliesInFlightStore,
  ids: readonly string[],
): Promise<unknown>[] {
  return ids.map((id) => store.delete(id));
}

import { DecryptionFailed } from "../../../lib/crypto/passphraseKey";
import type { Conversation, Message } from "../../../domain/conversation";
import { readConversation, readMessage } from "../../../domain/recordSchema";
import {
  isSealedRecord,
  openConversationRecord,
  openMessageRecord,
  sealConversation,
  sealMessage,
  type SealedConversationRecord,
  type SealedMessageRecord,
} from "./sealedRecords";
import { VaultLocked } from "./vaultErrors";

/**
 * What the repository may do right now. `key` opens sealed records; `sealWrites` says whether records are
 * written sealed. Lock off: no key, plain writes. Locked: no key, and writes must be sealed, so they fail.
 * Unlocked: key, sealed writes. Turning the lock off: key (to read), plain writes.
 */
export interface KeyState {
  key: CryptoKey | undefined;
  sealWrites: boolean;
}

/** Turns conversations and messages into stored records and back, sealed or plain as the key state says. */
export interface RecordCodec {
  encodeConversation(conversation: Conversation): Promise<Conversation | SealedConversationRecord>;
  encodeMessage(message: Message): Promise<Message | SealedMessageRecord>;
  /** The conversation, or undefined when the record is unreadable (malformed, or sealed with another key). */
  decodeConversation(stored: unknown): Promise<Conversation | undefined>;
  decodeMessage(stored: unknown): Promise<Message | undefined>;
  /** Whether a stored record is already in the format writes use now (a re-encryption skips those). */
  isInWriteFormat(stored: unknown): boolean;
}

/** The key writes are sealed with now: none with the lock off; VaultLocked while it is on but locked. */
export function sealingKey(keyState: () => KeyState): CryptoKey | undefined {
  const { key, sealWrites } = keyState();
  if (!sealWrites) return undefined;
  if (!key) throw new VaultLocked();
  return key;
}

/**
 * A stored record read back: a plain one as it is, a sealed one opened with the key (VaultLocked without one),
 * then checked by `read`. Undefined when it is malformed or was sealed with another key.
 */
export async function decodeStored<T>(
  keyState: () => KeyState,
  stored: unknown,
  open: (key: CryptoKey, record: never) => Promise<unknown>,
  read: (value: unknown) => T | undefined,
): Promise<T | undefined> {
  if (!isSealedRecord(stored)) return read(stored);
  const { key } = keyState();
  if (!key) throw new VaultLocked();
  try {
    return read(await open(key, stored as never));
  } catch (error) {
    if (error instanceof DecryptionFailed || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

export function createRecordCodec(keyState: () => KeyState): RecordCodec {
  const writeKey = () => sealingKey(keyState);
  const decode = <T>(
    stored: unknown,
    open: (key: CryptoKey, record: never) => Promise<unknown>,
    read: (value: unknown) => T | undefined,
  ) => decodeStored(keyState, stored, open, read);

  return {
    async encodeConversation(conversation) {
      const key = writeKey();
      return key ? sealConversation(key, conversation) : conversation;
    },
    async encodeMessage(message) {
      const key = writeKey();
      return key ? sealMessage(key, message) : message;
    },
    decodeConversation: (stored) => decode(stored, openConversationRecord, readConversation),
    decodeMessage: (stored) => decode(stored, openMessageRecord, readMessage),
    isInWriteFormat: (stored) => isSealedRecord(stored) === keyState().sealWrites,
  };
}

/** For a database without the lock, and for tests: every record plain. */
export const plainKeyState = (): KeyState => ({ key: undefined, sealWrites: false });

import { isSealed, openJson, sealJson, type Sealed } from "../../../lib/crypto/passphraseKey";
import type { Conversation, Message } from "../../../domain/conversation";
import { isRecord } from "../validate";

/*
 * The encrypted record format (version 1). Keys, the fields indexes use and timestamps stay in the clear,
 * so lists stay sorted and the [conversationId, createdAt] index keeps working; everything a person wrote
 * or read (titles, message text, errors, stats, model, status) is inside `sealed`. A record is either
 * plain (a Conversation or Message as it is) or sealed, never half of each: a re-encryption that stops
 * halfway leaves every record readable. A sealed setting is `{ sealed }` alone: its name is its key.
 */
export const SEALED_FORMAT = 1;

export interface SealedBox extends Sealed {
  format: typeof SEALED_FORMAT;
}

export interface SealedConversationRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  sealed: SealedBox;
}

export interface SealedMessageRecord {
  id: string;
  conversationId: string;
  createdAt: number;
  sealed: SealedBox;
}

export function isSealedRecord(value: unknown): value is { id: string; sealed: SealedBox } {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    isRecord(value.sealed) &&
    value.sealed.format === SEALED_FORMAT &&
    isSealed(value.sealed)
  );
}

// The clear fields are authenticated with the content: moving a sealed message into another conversation,
// or giving it another position, makes it fail to open.
const conversationContext = (id: string) => `sigilo/conversations/${id}`;
const messageContext = (id: string, conversationId: string, createdAt: number) =>
  `sigilo/messages/${id}/${conversationId}/${createdAt}`;

async function box(key: CryptoKey, value: unknown, context: string): Promise<SealedBox> {
  return { format: SEALED_FORMAT, ...(await sealJson(key, value, context)) };
}

export async function sealConversation(
  key: CryptoKey,
  conversation: Conversation,
): Promise<SealedConversationRecord> {
  const { id, createdAt, updatedAt, ...content } = conversation;
  return { id, createdAt, updatedAt, sealed: await box(key, content, conversationContext(id)) };
}

export async function sealMessage(key: CryptoKey, message: Message): Promise<SealedMessageRecord> {
  const { id, conversationId, createdAt, ...content } = message;
  const context = messageContext(id, conversationId, createdAt);
  return { id, conversationId, createdAt, sealed: await box(key, content, context) };
}

/** The record with its sealed fields decrypted back in; rejects (DecryptionFailed) if they do not open. */
export async function openConversationRecord(
  key: CryptoKey,
  stored: SealedConversationRecord,
): Promise<unknown> {
  const { sealed, ...clear } = stored;
  const content = await openJson(key, sealed, conversationContext(String(clear.id)));
  return isRecord(content) ? { ...content, ...clear } : undefined;
}

export async function openMessageRecord(key: CryptoKey, stored: SealedMessageRecord): Promise<unknown> {
  const { sealed, ...clear } = stored;
  const context = messageContext(String(clear.id), String(clear.conversationId), Number(clear.createdAt));
  const content = await openJson(key, sealed, context);
  return isRecord(content) ? { ...content, ...clear } : undefined;
}

/** A setting's value, sealed; stored under the setting's name, which is authenticated with it. */
export interface SealedSetting {
  sealed: SealedBox;
}

export function isSealedSetting(value: unknown): value is SealedSetting {
  return (
    isRecord(value) &&
    Object.keys(value).length === 1 &&
    isRecord(value.sealed) &&
    value.sealed.format === SEALED_FORMAT &&
    isSealed(value.sealed)
  );
}

// A sealed value moved under another setting's name fails to open.
const settingContext = (name: string) => `sigilo/settings/${name}`;

export async function sealSetting(key: CryptoKey, name: string, value: unknown): Promise<SealedSetting> {
  return { sealed: await box(key, value, settingContext(name)) };
}

/** The setting's value; rejects (DecryptionFailed) if it does not open. */
export function openSetting(key: CryptoKey, name: string, stored: SealedSetting): Promise<unknown> {
  return openJson(key, stored.sealed, settingContext(name));
}

import type { IDBPDatabase } from "idb";
import type { SigiloDB } from "../schema";
import { inTransaction } from "../transactions";
import { isSealed, type Sealed } from "../../../lib/crypto/passphraseKey";
import { isRecord } from "../validate";
import type { RecordCodec } from "./recordCodec";
import { countSettings, resealSettings } from "./resealSettings";
import type { SettingCodec } from "./settingCodec";
import type { DocumentCodec } from "./documentCodec";

/** Records re-encrypted per transaction: small enough to keep each write short, large enough to be quick. */
const BATCH_SIZE = 200;

export type ResealProgress = (done: number, total: number) => void;

/**
 * Brings every setting (resealSettings.ts), conversation and message into the format writes use now
 * (sealed or plain), a batch at a time. Each record is replaced whole in its own committed batch, so if
 * the tab dies midway every record is still either plain or sealed, and running this again finishes the
 * job. Records the key cannot open are left untouched (never destroyed); so are records another tab
 * changed between our read and write: the next pass picks them up.
 */
export async function resealAll(
  db: IDBPDatabase<SigiloDB>,
  codec: RecordCodec,
  settingCodec: SettingCodec,
  onProgress: ResealProgress = () => {},
  documentCodec?: DocumentCodec,
): Promise<void> {
  const documentStores = documentCodec ? DOCUMENT_STORES : [];
  let total = (await countSettings(db)) + (await db.count("conversations")) + (await db.count("messages"));
  for (const name of documentStores) total += await db.count(name);
  let done = 0;
  const step = (count: number) => {
    done += count;
    onProgress(Math.min(done, total), total);
  };
  onProgress(0, total);
  step(await resealSettings(db, settingCodec));
  await resealStore(
    db,
    "conversations",
    reseal(codec.decodeConversation, codec.encodeConversation),
    codec,
    step,
  );
  await resealStore(db, "messages", reseal(codec.decodeMessage, codec.encodeMessage), codec, step);
  if (documentCodec) await resealDocuments(db, documentCodec, step);
}

const DOCUMENT_STORES = ["documents", "documentContents", "documentVectors"] as const;

/** A record decoded with the key and encoded as writes are now; undefined when it does not open. */
function reseal<T, Stored>(
  decode: (record: unknown) => Promise<T | undefined>,
  encode: (value: T) => Promise<Stored>,
) {
  return async (record: unknown): Promise<Stored | undefined> => {
    const value = await decode(record);
    return value === undefined ? undefined : encode(value);
  };
}

/** Documents' info, contents and vectors, like messages: each record replaced whole, in batches. */
async function resealDocuments(
  db: IDBPDatabase<SigiloDB>,
  codec: DocumentCodec,
  step: (count: number) => void,
): Promise<void> {
  await resealStore(db, "documents", reseal(codec.decodeInfo, codec.encodeInfo), codec, step);
  await resealStore(db, "documentContents", reseal(codec.decodeContent, codec.encodeContent), codec, step);
  await resealStore(db, "documentVectors", reseal(codec.decodeVectors, codec.encodeVectors), codec, step);
}

type ResealedStore = "conversations" | "messages" | (typeof DOCUMENT_STORES)[number];

async function resealStore<Name extends ResealedStore>(
  db: IDBPDatabase<SigiloDB>,
  storeName: Name,
  convert: (record: unknown) => Promise<SigiloDB[Name]["value"] | undefined>,
  codec: Pick<RecordCodec, "isInWriteFormat">,
  step: (count: number) => void,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await db.getAll(storeName, range, BATCH_SIZE);
    const last = batch.at(-1);
    if (!last) return;
    after = last.id;
    const pending = batch.filter((record) => !codec.isInWriteFormat(record));
    const converted = await Promise.all(pending.map(convert));
    const tx = db.transaction(storeName, "readwrite");
    await inTransaction(tx, () =>
      Promise.all(
        pending.map(async (original, index) => {
          const replacement = converted[index];
          if (!replacement) return;
          const current: unknown = await tx.store.get(original.id);
          if (sameStoredValue(current, original)) await tx.store.put(replacement);
        }),
      ),
    );
    step(batch.length);
  }
}

/** Whether a stored record or setting is still the one we read: sealed by their random IV, plain by content. */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  const sealedA = sealedPart(a);
  const sealedB = sealedPart(b);
  if (sealedA && sealedB) {
    return sealedA.iv.length === sealedB.iv.length && sealedA.iv.every((byte, i) => byte === sealedB.iv[i]);
  }
  if (sealedA || sealedB) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function sealedPart(value: unknown): Sealed | undefined {
  return isRecord(value) && isSealed(value.sealed) ? value.sealed : undefined;
}

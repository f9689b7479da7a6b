/*
 * Passphrase-based encryption with the browser's WebCrypto only: PBKDF2-SHA-256 turns a passphrase and a
 * random salt into a non-extractable AES-GCM-256 key. Generic: no app imports.
 */

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
/** 96-bit IVs, the size AES-GCM is specified for; a fresh random one for every encryption. */
const IV_BYTES = 12;

export interface KeyDerivation {
  name: "PBKDF2";
  hash: "SHA-256";
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
}

/** One encrypted value: the IV it was sealed with and the ciphertext with its 128-bit GCM tag. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** Parameters for a new passphrase: a fresh random salt. */
export function newKeyDerivation(iterations = PBKDF2_ITERATIONS): KeyDerivation {
  return { name: "PBKDF2", hash: "SHA-256", iterations, salt: randomBytes(SALT_BYTES) };
}

export async function deriveKey(passphrase: string, derivation: KeyDerivation): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(passphrase.normalize("NFC")),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: derivation.hash, salt: derivation.salt, iterations: derivation.iterations },
    material,
    { name: "AES-GCM", length: 256 },
    // Not extractable: script can use the key while it is in memory but never read it out.
    false,
    ["encrypt", "decrypt"],
  );
}

/**
 * Encrypts `value` as JSON. `context` (say, which record this is) is authenticated but not stored: the
 * value only opens with the same context, so a ciphertext moved onto another record fails to decrypt.
 */
export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(context) },
    key,
    plaintext,
  );
  return { iv, data };
}

/** Decrypts and parses what `sealJson` made. Rejects (DecryptionFailed) on a wrong key, context or any tampering. */
export async function openJson(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: sealed.iv, additionalData: new TextEncoder().encode(context) },
      key,
      sealed.data,
    );
  } catch {
    throw new DecryptionFailed();
  }
  return JSON.parse(new TextDecoder().decode(plaintext));
}

/** Like sealJson for bytes (embedding vectors): no JSON, so no text three times their size. */
export async function sealBytes(key: CryptoKey, bytes: BufferSource, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(context) },
    key,
    bytes,
  );
  return { iv, data };
}

/** Decrypts what `sealBytes` made. Rejects (DecryptionFailed) on a wrong key, context or any tampering. */
export async function openBytes(key: CryptoKey, sealed: Sealed, context: string): Promise<ArrayBuffer> {
  try {
    return await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: sealed.iv, additionalData: new TextEncoder().encode(context) },
      key,
      sealed.data,
    );
  } catch {
    throw new DecryptionFailed();
  }
}

/** The key is wrong or the data was changed: AES-GCM cannot tell which, and says nothing about the content. */
export class DecryptionFailed extends Error {
  constructor() {
    super("The data could not be decrypted: wrong key, or it was changed.");
    this.name = "DecryptionFailed";
  }
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== "object" || value === null) return false;
  const { iv, data } = value as Partial<Sealed>;
  // Tag checks rather than instanceof: values read back from IndexedDB may come from another realm.
  return (
    Object.prototype.toString.call(iv) === "[object Uint8Array]" &&
    (iv as Uint8Array).length === IV_BYTES &&
    Object.prototype.toString.call(data) === "[object ArrayBuffer]"
  );
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

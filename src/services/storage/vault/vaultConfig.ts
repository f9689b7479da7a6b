import { isSealed, type KeyDerivation, type Sealed } from "../../../lib/crypto/passphraseKey";
import { isRecord } from "../validate";

/** The lock's settings record. Stored in the clear: it holds no secret, only what deriving the key needs. */
export interface VaultConfig {
  version: 1;
  derivation: KeyDerivation;
  /** A known value sealed with the key: a passphrase is right exactly when this opens. */
  keyCheck: Sealed;
  /** Lock again after this many minutes without use. */
  idleMinutes: number;
}

export const VAULT_SETTING_KEY = "vault";
export const DEFAULT_IDLE_MINUTES = 15;
/** What the key check holds, and the context it is sealed under. It reveals nothing about the data. */
export const KEY_CHECK_VALUE = "sigilo-key-check";
export const KEY_CHECK_CONTEXT = "sigilo/vault/key-check";

export function isIdleMinutes(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 24 * 60;
}

/**
 * Bounds on a stored key derivation. Past them, unlocking would take minutes to never (1e12 iterations) or
 * the browser would refuse the parameters: such a record was damaged, since the app never writes one.
 * 2,000,000 is over three times what the app uses (600,000); tests use 1,000.
 */
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 2_000_000;
const MIN_SALT_BYTES = 16;
const MAX_SALT_BYTES = 64;

/** What the stored lock settings say. A record that is there but damaged never means "off". */
export type VaultConfigReading =
  | { state: "off" }
  | { state: "on"; config: VaultConfig; problem?: "idle-minutes-reset" }
  /** The lock is on, but its settings are damaged past use: the passphrase cannot be checked. */
  | { state: "damaged" };

/**
 * Reads the stored lock settings within bounds. An idle time out of bounds (0, negative, NaN, 1e300) keeps the
 * lock on with the default idle time, and says so; a key derivation or key check out of bounds makes the lock
 * unusable (damaged), never off: records may still be sealed, and must not be written in the clear.
 */
export function readVaultConfig(value: unknown): VaultConfigReading {
  if (value === undefined) return { state: "off" };
  if (!isRecord(value) || value.version !== 1 || !isSealed(value.keyCheck)) return { state: "damaged" };
  if (!isKeyDerivation(value.derivation)) return { state: "damaged" };
  const config = { version: 1, derivation: value.derivation, keyCheck: value.keyCheck } as const;
  return isIdleMinutes(value.idleMinutes)
    ? { state: "on", config: { ...config, idleMinutes: value.idleMinutes } }
    : {
        state: "on",
        config: { ...config, idleMinutes: DEFAULT_IDLE_MINUTES },
        problem: "idle-minutes-reset",
      };
}

function isKeyDerivation(derivation: unknown): derivation is KeyDerivation {
  return (
    isRecord(derivation) &&
    derivation.name === "PBKDF2" &&
    derivation.hash === "SHA-256" &&
    typeof derivation.iterations === "number" &&
    Number.isInteger(derivation.iterations) &&
    derivation.iterations >= MIN_ITERATIONS &&
    derivation.iterations <= MAX_ITERATIONS &&
    Object.prototype.toString.call(derivation.salt) === "[object Uint8Array]" &&
    (derivation.salt as Uint8Array).length >= MIN_SALT_BYTES &&
    (derivation.salt as Uint8Array).length <= MAX_SALT_BYTES
  );
}

export function sameDerivation(a: KeyDerivation, b: KeyDerivation): boolean {
  return (
    a.iterations === b.iterations &&
    a.salt.length === b.salt.length &&
    a.salt.every((byte, i) => byte === b.salt[i])
  );
}

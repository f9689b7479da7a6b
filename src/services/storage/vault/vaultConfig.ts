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

export function isVaultConfig(value: unknown): value is VaultConfig {
  if (
    !isRecord(value) ||
    value.version !== 1 ||
    !isSealed(value.keyCheck) ||
    !isIdleMinutes(value.idleMinutes)
  ) {
    return false;
  }
  const derivation = value.derivation;
  return (
    isRecord(derivation) &&
    derivation.name === "PBKDF2" &&
    derivation.hash === "SHA-256" &&
    typeof derivation.iterations === "number" &&
    derivation.iterations > 0 &&
    Object.prototype.toString.call(derivation.salt) === "[object Uint8Array]"
  );
}

export function sameDerivation(a: KeyDerivation, b: KeyDerivation): boolean {
  return (
    a.iterations === b.iterations &&
    a.salt.length === b.salt.length &&
    a.salt.every((byte, i) => byte === b.salt[i])
  );
}

import type { IDBPDatabase } from "idb";
import {
  deriveKey,
  newKeyDerivation,
  openJson,
  sealJson,
  PBKDF2_ITERATIONS,
} from "../../../lib/crypto/passphraseKey";
import type { SigiloDB } from "../schema";
import type { SettingsStore } from "../SettingsRepository";
import type { KeyState, RecordCodec } from "./recordCodec";
import type { ResealProgress } from "./reseal";
import type { SettingCodec } from "./settingCodec";
import type { DocumentCodec } from "./documentCodec";
import { VaultError } from "./vaultErrors";
import {
  isIdleMinutes,
  KEY_CHECK_CONTEXT,
  KEY_CHECK_VALUE,
  readVaultConfig,
  sameDerivation,
  VAULT_SETTING_KEY,
  type VaultConfig,
  type VaultConfigReading,
} from "./vaultConfig";

export type VaultStatus = "off" | "locked" | "unlocked";

/**
 * What was wrong with the stored lock settings: "damaged", the passphrase cannot be checked (the lock stays
 * locked; erasing is the way out); "idle-minutes-reset", the idle time was out of bounds and the default is used.
 */
export type VaultProblem = "damaged" | "idle-minutes-reset";

/**
 * The optional lock on conversations and settings. While it is on, records are sealed with a key derived
 * from the user's passphrase; the key lives only in memory, from unlock until lock (or the tab closes).
 */
export interface Vault {
  status(): VaultStatus;
  idleMinutes(): number | undefined;
  /** What the stored lock settings had wrong, if anything (see VaultProblem). */
  problem(): VaultProblem | undefined;
  /** False for a wrong passphrase (nothing else is revealed). Finishes any re-encryption left halfway. */
  unlock(passphrase: string, onProgress?: ResealProgress): Promise<boolean>;
  /** Forgets the key. */
  lock(): void;
  /** Turns the lock on and encrypts every conversation. The vault is unlocked afterwards. */
  enable(passphrase: string, idleMinutes: number, onProgress?: ResealProgress): Promise<void>;
  /** Checks the passphrase again, decrypts everything and turns the lock off. False for a wrong passphrase. */
  disable(passphrase: string, onProgress?: ResealProgress): Promise<boolean>;
  setIdleMinutes(minutes: number): Promise<void>;
  /** Re-reads the lock's settings, e.g. after another tab changed them: a new passphrase means locked. */
  refresh(): Promise<void>;
  /** For the repository's codec. */
  keyState(): KeyState;
}

export interface VaultDependencies {
  db: IDBPDatabase<SigiloDB>;
  settings: SettingsStore;
  codec: () => RecordCodec;
  settingCodec: () => SettingCodec;
  /** Attached documents are sealed and opened with the rest; absent in tests of conversations alone. */
  documentCodec?: () => DocumentCodec;
  /** Only tests lower this. */
  iterations?: number;
}

export async function openVault({
  db,
  settings,
  codec,
  settingCodec,
  documentCodec,
  iterations = PBKDF2_ITERATIONS,
}: VaultDependencies): Promise<Vault> {
  let reading = await readConfig();
  let config = reading.state === "on" ? reading.config : undefined;
  let key: CryptoKey | undefined;
  /** While the lock is being turned off, records are written plain though the lock is still on. */
  let turningOff = false;

  async function readConfig(): Promise<VaultConfigReading> {
    return readVaultConfig(await settings.get(VAULT_SETTING_KEY, isAnything));
  }

  /** Damaged settings keep the lock locked: records may be sealed, and nothing may be written in the clear. */
  const damaged = () => reading.state === "damaged";

  /** Re-encrypts (or decrypts) every record as the key state now says; its code is fetched when first needed. */
  async function reseal(onProgress?: ResealProgress): Promise<void> {
    const { resealAll } = await import("./reseal");
    await resealAll(db, codec(), settingCodec(), onProgress, documentCodec?.());
  }

  /** The key, if `passphrase` is the right one for `current`. */
  async function checkPassphrase(current: VaultConfig, passphrase: string): Promise<CryptoKey | undefined> {
    const candidate = await deriveKey(passphrase, current.derivation);
    try {
      return (await openJson(candidate, current.keyCheck, KEY_CHECK_CONTEXT)) === KEY_CHECK_VALUE
        ? candidate
        : undefined;
    } catch {
      return undefined;
    }
  }

  return {
    status: () => (damaged() ? "locked" : !config ? "off" : key ? "unlocked" : "locked"),
    idleMinutes: () => config?.idleMinutes,
    problem: () =>
      reading.state === "damaged" ? "damaged" : reading.state === "on" ? reading.problem : undefined,
    keyState: () => ({ key, sealWrites: (config !== undefined || damaged()) && !turningOff }),

    async unlock(passphrase, onProgress) {
      if (damaged()) throw new VaultError("damaged-settings");
      if (!config) return true;
      const checked = await checkPassphrase(config, passphrase);
      if (!checked) return false;
      key = checked;
      // A tab that died while turning the lock on or off, or one that wrote before it heard the lock was
      // turned on, may have left plain records: seal them now.
      await reseal(onProgress);
      return true;
    },

    lock() {
      key = undefined;
    },

    async enable(passphrase, idleMinutes, onProgress) {
      if (config || damaged()) throw new VaultError("already-on");
      if (!passphrase) throw new VaultError("passphrase-required");
      if (!isIdleMinutes(idleMinutes)) throw new VaultError("invalid-idle-minutes");
      const derivation = newKeyDerivation(iterations);
      const newKey = await deriveKey(passphrase, derivation);
      const keyCheck = await sealJson(newKey, KEY_CHECK_VALUE, KEY_CHECK_CONTEXT);
      const enabled: VaultConfig = { version: 1, derivation, keyCheck, idleMinutes };
      // The settings first: if the tab dies during the re-encryption, the next start asks for the
      // passphrase and finishes it. Nothing is encrypted before the passphrase is on record.
      await settings.set(VAULT_SETTING_KEY, enabled);
      config = enabled;
      reading = { state: "on", config };
      key = newKey;
      await reseal(onProgress);
    },

    async disable(passphrase, onProgress) {
      if (damaged()) throw new VaultError("damaged-settings");
      if (!config) return true;
      const checked = await checkPassphrase(config, passphrase);
      if (!checked) return false;
      key = checked;
      turningOff = true;
      try {
        await reseal(onProgress);
        // Only once every record is plain: until then the next start still asks for the passphrase.
        await settings.delete(VAULT_SETTING_KEY);
        config = undefined;
        reading = { state: "off" };
        key = undefined;
      } finally {
        turningOff = false;
      }
      return true;
    },

    async setIdleMinutes(minutes) {
      if (!config) return;
      if (!isIdleMinutes(minutes)) throw new VaultError("invalid-idle-minutes");
      const updated = { ...config, idleMinutes: minutes };
      await settings.set(VAULT_SETTING_KEY, updated);
      config = updated;
      reading = { state: "on", config };
    },

    async refresh() {
      reading = await readConfig();
      const stored = reading.state === "on" ? reading.config : undefined;
      if (!stored || !config || !sameDerivation(stored.derivation, config.derivation)) key = undefined;
      config = stored;
    },
  };
}

/** The lock's settings are read whatever they hold, then judged by readVaultConfig. */
const isAnything = (_value: unknown): _value is unknown => true;

import { DecryptionFailed } from "../../../lib/crypto/passphraseKey";
import type { KeyState } from "./recordCodec";
import { isSealedSetting, openSetting, sealSetting } from "./sealedRecords";
import { isSealedWhileLocked } from "./settingsReadableWhileLocked";
import { VaultLocked } from "./vaultErrors";

/**
 * Turns settings into stored values and back: sealed while the lock is on, like messages, except those
 * the app needs before unlocking (settingsReadableWhileLocked.ts), which are always stored as they are.
 */
export interface SettingCodec {
  /** What to store for `value`; rejects with VaultLocked for a sealed setting while locked. */
  encode(name: string, value: unknown): Promise<unknown>;
  /**
   * The value a stored one holds; undefined when it cannot be opened (another key, tampered). Rejects with
   * VaultLocked for a sealed value while locked.
   */
  decode(name: string, stored: unknown): Promise<unknown>;
  /** Whether a stored value is already in the form writes use now (a re-encryption skips those). */
  isInWriteFormat(name: string, stored: unknown): boolean;
}

export function createSettingCodec(keyState: () => KeyState): SettingCodec {
  const sealsNow = (name: string) => isSealedWhileLocked(name) && keyState().sealWrites;

  return {
    async encode(name, value) {
      if (!sealsNow(name)) return value;
      const { key } = keyState();
      if (!key) throw new VaultLocked();
      return sealSetting(key, name, value);
    },

    async decode(name, stored) {
      if (!isSealedSetting(stored)) return stored;
      const { key } = keyState();
      if (!key) {
        // A setting needed before unlocking is never left unreadable: one found sealed (written while it
        // was not yet declared readable) reads as missing until the next unlock stores it in the clear.
        if (!isSealedWhileLocked(name)) return undefined;
        throw new VaultLocked();
      }
      try {
        return await openSetting(key, name, stored);
      } catch (error) {
        if (error instanceof DecryptionFailed || error instanceof SyntaxError) return undefined;
        throw error;
      }
    },

    isInWriteFormat: (name, stored) => isSealedSetting(stored) === sealsNow(name),
  };
}

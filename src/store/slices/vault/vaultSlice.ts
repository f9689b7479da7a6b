import type { StateCreator } from "zustand";
import type { VaultProblem, VaultStatus } from "../../../services/storage";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/** A long step the lock is working on, with how many records it has re-encrypted so far. */
export type VaultTask =
  { kind: "unlocking" | "enabling" | "disabling"; done: number; total: number } | undefined;

export interface VaultSlice {
  vaultStatus: VaultStatus;
  /** Lock again after this many idle minutes (lock on only). */
  vaultIdleMinutes: number | undefined;
  /** What the stored lock settings had wrong (damaged: locked for good; idle time out of bounds: the default). */
  vaultProblem: VaultProblem | undefined;
  vaultTask: VaultTask;
  /** Unlocks, reads what the lock seals, then reloads the last model used (not awaited). */
  unlockVault(passphrase: string): Promise<"unlocked" | "wrong-passphrase">;
  /**
   * Reads everything the lock seals (conversations, system-prompt presets, the user's own models), each
   * failure reported; at start when the lock is off, and on every unlock.
   */
  loadSealedData(): Promise<void>;
  /** Stops a reply being written, forgets the key and clears every conversation from memory. */
  lockVault(): Promise<void>;
  enableVault(passphrase: string, idleMinutes: number): Promise<void>;
  disableVault(passphrase: string): Promise<"disabled" | "wrong-passphrase">;
  setVaultIdleMinutes(minutes: number): Promise<void>;
  /** Another tab changed the lock: follow it (lock here too, or load conversations if it was turned off). */
  refreshVault(): Promise<void>;
}

/** Decrypted content must not outlive the key: locking empties all of it from memory. */
const NO_CONTENT = {
  conversations: [],
  conversationsLoaded: false,
  conversationListComplete: false,
  activeConversationId: undefined,
  messagesByConversation: {},
  interruptedAtStartup: 0,
  userPresets: [],
  draftInstructions: undefined,
  defaultInstructions: {},
  documentLibrary: [],
  documentLibraryStatus: "unread",
  draftDocumentIds: [],
  failedAttachments: [],
} satisfies Partial<AppState>;

export const createVaultSlice =
  (services: AppServices): StateCreator<AppState, [], [], VaultSlice> =>
  (set, get, api) => {
    const { vault } = services;
    const announce = () => services.tabChannel?.post({ type: "vault-changed" });
    const progressOf = (kind: NonNullable<VaultTask>["kind"]) => (done: number, total: number) =>
      set({ vaultTask: { kind, done, total } });
    const syncStatus = () =>
      set({
        vaultStatus: vault.status(),
        vaultIdleMinutes: vault.idleMinutes(),
        vaultProblem: vault.problem(),
      });

    /** Runs `work` as the current lock task; the task is cleared whatever happens. */
    async function asTask<T>(kind: NonNullable<VaultTask>["kind"], work: () => Promise<T>): Promise<T> {
      set({ vaultTask: { kind, done: 0, total: 0 } });
      try {
        return await work();
      } finally {
        set({ vaultTask: undefined });
        syncStatus();
      }
    }

    /** As at start: the last model used, which the lock keeps sealed, is known only now. */
    function reloadLastModel(): void {
      const { capabilities, engineOwnership, modelLoad } = get();
      if (capabilities?.webgpu && engineOwnership === "owner" && modelLoad.status === "idle") {
        void get().restoreModels();
      }
    }

    /** Stops a reply being written and waits until its last save has started (with the key still there). */
    async function stopReply(): Promise<void> {
      if (get().generation.status !== "streaming") return;
      const idle = new Promise<void>((resolve) => {
        const unsubscribe = api.subscribe((state) => {
          if (state.generation.status !== "idle") return;
          unsubscribe();
          resolve();
        });
      });
      get().stopGenerating();
      await idle;
    }

    return {
      vaultStatus: vault.status(),
      vaultIdleMinutes: vault.idleMinutes(),
      vaultProblem: vault.problem(),
      vaultTask: undefined,

      async unlockVault(passphrase) {
        const unlocked = await asTask("unlocking", () => vault.unlock(passphrase, progressOf("unlocking")));
        if (!unlocked) return "wrong-passphrase";
        await get().loadSealedData();
        reloadLastModel();
        return "unlocked";
      },

      async loadSealedData() {
        const {
          loadConversations,
          loadPresets,
          loadDefaultInstructions,
          restoreCustomModels,
          reportStorageError,
        } = get();
        await Promise.all([
          loadConversations().catch(reportStorageError),
          loadPresets().catch(reportStorageError),
          loadDefaultInstructions().catch(reportStorageError),
          restoreCustomModels().catch(reportStorageError),
        ]);
      },

      async lockVault() {
        if (vault.status() !== "unlocked") return;
        await stopReply();
        vault.lock();
        set({ ...NO_CONTENT, vaultStatus: vault.status() });
      },

      async enableVault(passphrase, idleMinutes) {
        await asTask("enabling", () => vault.enable(passphrase, idleMinutes, progressOf("enabling")));
        announce();
      },

      async disableVault(passphrase) {
        const disabled = await asTask("disabling", () => vault.disable(passphrase, progressOf("disabling")));
        if (!disabled) return "wrong-passphrase";
        announce();
        return "disabled";
      },

      async setVaultIdleMinutes(minutes) {
        await vault.setIdleMinutes(minutes);
        syncStatus();
        announce();
      },

      async refreshVault() {
        const before = vault.status();
        await vault.refresh();
        const after = vault.status();
        if (before !== "locked" && after === "locked") {
          await stopReply();
          set(NO_CONTENT);
        }
        syncStatus();
        if (before === "locked" && after === "off") {
          await get().loadSealedData();
          reloadLastModel();
        }
      },
    };
  };

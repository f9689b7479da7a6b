import type { GpuCapabilities } from "../domain/capabilities";
import type { DeviceStorage } from "../services/deviceStorage";
import type { EngineClient } from "../services/engine/EngineClient";
import type {
  ConversationStore,
  DocumentStore,
  SettingsStore,
  UnreadableRecords,
  Vault,
} from "../services/storage";
import type { DocumentsClient } from "../services/documents/documentsClient";
import type { DocumentPromptWording } from "../domain/retrieval/promptAssembly";
import type { EngineLease } from "../services/tabs/engineLease";
import type { ReadingLocks } from "../services/documents/readingLocks";
import type { TabChannel } from "../services/tabs/tabChannel";
import type { AppShell } from "../services/pwa/AppShell";
import type { PrivacyService } from "../services/privacy/PrivacyService";
import type { CustomModelService } from "../services/models/CustomModelService";
import type { ChatGptNotes } from "../domain/chatgptContent";
import type { ParsedExport } from "../domain/importValidation";
import type { StartupJournal } from "../services/startup/startupJournal";
import type { SearchService } from "../services/search/SearchService";

/** Everything the store's actions need from the outside world; tests pass fakes. */
export interface AppServices {
  engine: EngineClient;
  conversations: ConversationStore;
  settings: SettingsStore;
  /** Attached documents' text, chunks and vectors. */
  documents: DocumentStore;
  /** Reads attached files (in the documents worker, in the app). */
  documentReader: DocumentsClient;
  /** Which documents a tab is reading now; defaults to the browser's Web Locks (this tab's alone without them). */
  documentReadingLocks?: ReadingLocks;
  /** The words put around documents in a prompt, in the interface's language of the moment. */
  documentWording(): DocumentPromptWording;
  deviceStorage: DeviceStorage;
  /** The optional passphrase lock over `conversations`. */
  vault: Vault;
  /** What reads of storage left out as unreadable; without it, the user is never told. */
  unreadableRecords?: UnreadableRecords;
  /** Which tab may run the model; without it, this tab always may. */
  engineLease?: EngineLease;
  /** Tells other tabs what changed; without it, nothing is told. */
  tabChannel?: TabChannel;
  probeCapabilities(): Promise<GpuCapabilities>;
  /** Connectivity, installation and updates of the installed app. */
  appShell: AppShell;
  privacy: PrivacyService;
  /** Models the user adds by URL: checking them and telling the engine where they are. */
  customModels: CustomModelService;
  /** The index every search asks (in a worker in the app). */
  search: SearchService;
  now(): number;
  /** Notes whether each start finished, so one that did not makes the next a safe start. None: always normal. */
  startupJournal?: StartupJournal;
  /**
   * Reads and checks a conversations file. The app does it in a worker (services/transfer), so the parser stays
   * out of the page's bundle and a large file does not freeze it; tests read in-process.
   */
  readConversationFile(file: Blob, notes: ChatGptNotes): Promise<ParsedExport>;
  /** Defaults to requestAnimationFrame; tests pass a synchronous scheduler. */
  scheduleFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}

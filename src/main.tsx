/**
 * Composition root: picks the engine chosen at build time, opens the database, creates the
 * store and renders. Nothing else in the app decides which implementations are used.
 */
import { StrictMode, type ComponentProps } from "react";
import { createRoot } from "react-dom/client";
import { createEngineClient, probeCapabilities } from "#selected-engine";
import { MODEL_MIRROR } from "./services/engine/modelMirror";
import { catalogSources, withCustomModels } from "./services/engine/modelSources";
import { createCustomModelService } from "./services/models/CustomModelService";
import { browserDeviceStorage } from "./services/deviceStorage";
import { DB_NAME, openStorage } from "./services/storage";
import { createWorkerSearchService } from "./services/search/workerSearchService";
import { createAppStore } from "./store/createAppStore";
import { AppStoreProvider } from "./store/AppStoreProvider";
import { firstScreenRead, startApp } from "./store/startApp";
import { listenToOtherTabs } from "./store/listenToOtherTabs";
import { announceChanges } from "./services/tabs/announceChanges";
import { createEngineLease } from "./services/tabs/engineLease";
import { createTabChannel } from "./services/tabs/tabChannel";
import { VaultGate } from "./features/vault/VaultGate";
import { App } from "./app/App";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { StartupProblem } from "./app/StartupProblem";
import type { LanguageChoice } from "./i18n/language";
import { languageForBrowser } from "./i18n/browserMessages";
import { loadDictionary, messagesFor } from "./i18n/dictionaries";
import { showLanguage, shownLanguage } from "./i18n/shownLanguage";
import { prepareFormats } from "./lib/format";
import { rememberBootComposer, removeBootShell } from "./app/bootShell";
import { FirstRenderShown } from "./app/FirstRenderShown";
import { languageChoiceHint, rememberLanguageChoice } from "./i18n/languageHint";
import { createLazyDocumentsClient } from "./services/documents/lazyDocumentsClient";
import { documentPromptWording } from "./features/documents/documentSources";
import { selectLanguageChoice } from "./store/slices/preferences/selectors";
import { createBrowserAppShell } from "./services/pwa/browserAppShell";
import { createBrowserStartupJournal } from "./services/startup/startupJournal";
import { readConversationFileInWorker } from "./services/transfer/readConversationFile";
import { createBrowserPrivacyService } from "./services/privacy/browserPrivacyService";
import {
  createRequestRecorder,
  recordRequestsOutsideServiceWorker,
} from "./services/privacy/requestRecorder";
import "./app/app.css";
import "./app/layout.css";

const root = createRoot(document.getElementById("root")!);
// Before anything else: the browser's install offer is a one-off event, and the log must see the first requests.
const appShell = createBrowserAppShell();
recordRequestsOutsideServiceWorker(createRequestRecorder("page"), { sameOriginOnly: false });
/** The user's language choice once the store knows it; until then, screens follow the browser's language. */
let languageChoice = (): LanguageChoice => "auto";
let appRendered = false;
// The GPU probe (an adapter and a device: a few hundred milliseconds on a software adapter) answers while the
// app's storage opens and its dictionary loads, instead of after the first render: the chat, and with it the
// message box, waits for its answer.
const gpuProbe = probeCapabilities();

/** A start-up problem, in the user's language once its dictionary is here. */
function showProblem(props: ComponentProps<typeof StartupProblem>): void {
  void loadDictionary(languageForBrowser(props.languageChoice))
    .catch(() => loadDictionary("en"))
    .then(() => {
      // Storage was only slow to open: the app is on screen now.
      if (props.kind === "blocked" && appRendered) return;
      removeBootShell();
      root.render(<StartupProblem {...props} />);
    });
}

/** How long the first render may wait for the first screen of the conversation list (a slow disk). */
const FIRST_SCREEN_WAIT_MS = 250;
/**
 * How long index.html's first screen may stay over the rendered app when start-up stalls (it goes as soon as
 * the app's message box takes over, or the app is usable).
 */
const BOOT_SHELL_MAX_MS = 3000;

async function main() {
  // This start's first screen has been shown. The next one shows a box only if this start's box says so again
  // (useBootComposer.ts): a start that opens on the model picker, say, leaves none.
  rememberBootComposer(undefined);
  let storage;
  try {
    const opening = openStorage({
      onBlocked: () => showProblem({ kind: "blocked" }),
      onClosed: () => showProblem({ kind: "closed", languageChoice: languageChoice() }),
    });
    prepareLikelyLanguage();
    storage = await opening;
  } catch (error) {
    showProblem({ kind: "storage-unavailable", detail: String(error) });
    return;
  }
  const sources = withCustomModels(catalogSources(MODEL_MIRROR));
  const engine = createEngineClient(sources);
  const tabChannel = createTabChannel();
  const store = createAppStore({
    engine,
    // Other tabs hear which conversation changed, and re-read it.
    conversations: announceChanges(storage.conversations, tabChannel.post),
    settings: storage.settings,
    documents: storage.documents,
    documentReader: createLazyDocumentsClient(),
    documentWording: () => documentPromptWording(messagesFor(shownLanguage())),
    deviceStorage: browserDeviceStorage,
    vault: storage.vault,
    unreadableRecords: storage.unreadable,
    engineLease: createEngineLease(),
    tabChannel,
    probeCapabilities: () => gpuProbe,
    appShell,
    customModels: createCustomModelService(sources, MODEL_MIRROR),
    privacy: createBrowserPrivacyService({ engine, closeStorage: storage.close }),
    search: createWorkerSearchService(DB_NAME),
    now: () => Date.now(),
    startupJournal: createBrowserStartupJournal(),
    readConversationFile: readConversationFileInWorker,
  });
  languageChoice = () => selectLanguageChoice(store.getState());
  const preferencesRead = store.getState().loadPreferences().catch(store.getState().reportStorageError);
  listenToOtherTabs(store, tabChannel);
  // Conversations are read (and the model restored) while the preferences and the dictionary load and the first
  // screen renders: a long history is then listed with the app shell rather than after it. The service worker
  // precaches every file of the build, web-llm's 6 MB worker included: it is registered once the app is painted
  // and usable, so that download never delays what a first visit needs.
  let markRendered = () => {};
  const rendered = new Promise<void>((resolve) => (markRendered = resolve));
  const started = startApp(store, {
    preferencesRead,
    onStarted: () =>
      void rendered.then(() =>
        afterNextPaint(() => {
          // A first screen with a box is usually gone already: the app's box took over in the first render
          // (useBootComposer.ts). Else it goes now that the app is usable, whatever its screen.
          removeBootShell();
          appShell.registerServiceWorker();
        }),
      ),
  });
  await Promise.all([
    // Only the dictionary in use is downloaded, so the saved language choice (and theme) is read first; the
    // first screen is then already in the right language.
    preferencesRead.then(() => {
      rememberLanguageChoice(languageChoice());
      return showLanguage(languageForBrowser(languageChoice())).catch(() => showLanguage("en"));
    }),
    firstScreenRead(store, FIRST_SCREEN_WAIT_MS),
  ]);
  store.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    rememberLanguageChoice(state.language);
    void showLanguage(languageForBrowser(state.language));
  });
  appRendered = true;
  root.render(
    <StrictMode>
      <FirstRenderShown />
      <ErrorBoundary
        exportConversations={() => store.getState().exportAsJson()}
        languageChoice={languageChoice}
      >
        <AppStoreProvider store={store}>
          <VaultGate>
            <App />
          </VaultGate>
        </AppStoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
  markRendered();
  // Should start-up stall before the app is usable, the first screen still gives way to what is rendered.
  setTimeout(removeBootShell, BOOT_SHELL_MAX_MS);
  await started;
}

/**
 * While storage opens (the browser's work, off this thread), the first screen's likely language gets ready: its
 * dictionary is requested and its number and date formats made. It is the language last chosen, as copied beside
 * the preferences (see languageHint); the preferences, read once storage is open, correct it if need be.
 */
function prepareLikelyLanguage(): void {
  const likely = languageForBrowser(languageChoiceHint());
  // A failed request is made again when the first screen asks for the dictionary.
  loadDictionary(likely).catch(() => {});
  prepareFormats(likely);
}

/** Runs `work` once the next frame has been painted. */
function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

void main();

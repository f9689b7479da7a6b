/**
 * Getting a waiting version's model libraries before it takes over, and deleting the old ones after
 * (the plan: domain/libraryUpgrade.ts). The running version keeps working whatever happens here: until
 * every library the new one needs is stored, switching is not offered, and the note says why.
 */
import {
  librariesToDelete,
  planLibraryUpgrade,
  type LibraryUpgradePlan,
  type StoredModelLibrary,
} from "../../../domain/libraryUpgrade";
import { MODEL_LIBRARY_VERSION } from "../../../domain/libraryVersion";
import { findModelCard } from "../../../domain/customModel";
import { findModel, MODEL_CATALOG } from "../../../domain/modelCatalog";
import { failureMessage } from "../../../services/engine/EngineClient";
import type { AppState } from "../../appState";
import type { AppServices } from "../../services";

/** Where getting the waiting version's libraries stands; "ready" is the only state Reload is offered in. */
export type UpdateLibraries =
  | { status: "checking" }
  | { status: "fetching"; plan: LibraryUpgradePlan }
  /** `fetchedBytes`: what the libraries fetched for it take (none when nothing was fetched). */
  | { status: "ready"; plan?: LibraryUpgradePlan; fetchedBytes?: number }
  /** The update waits: the device is offline, or fetching (or listing what is stored) failed. */
  | { status: "waiting"; plan?: LibraryUpgradePlan; reason: "offline" | "failed"; detail?: string };

type Get = () => AppState;
type Set = (partial: { updateLibraries: UpdateLibraries }) => void;

/** Works out what the waiting version needs and fetches it; safe to call again (online again, Try again). */
export async function prepareUpdate(services: AppServices, get: Get, set: Set): Promise<void> {
  const before = get().updateLibraries;
  if (before?.status === "checking" || before?.status === "fetching") return;
  set({ updateLibraries: { status: "checking" } });
  let nextVersion: string | undefined;
  try {
    nextVersion = await services.appShell.waitingLibraryVersion();
  } catch (error) {
    // It is called without waiting (an event, a button): it must say what failed, never reject.
    set({ updateLibraries: { status: "waiting", reason: "failed", detail: failureMessage(error) } });
    return;
  }
  // The browser may say a version waits more than once: what was done for it stands.
  if (before?.status === "ready" && before.plan?.libraryVersion === nextVersion) {
    set({ updateLibraries: before });
    return;
  }
  if (nextVersion === undefined || nextVersion === MODEL_LIBRARY_VERSION) {
    set({ updateLibraries: { status: "ready" } });
    return;
  }
  let plan: LibraryUpgradePlan;
  try {
    const [{ models }, libraries] = await Promise.all([
      services.engine.listStoredModels({ unclaimed: false }),
      services.engine.listStoredLibraries(),
    ]);
    const stored = models.flatMap(({ modelId }) => describeModel(get(), modelId) ?? []);
    plan = planLibraryUpgrade(stored, libraries, MODEL_LIBRARY_VERSION, nextVersion);
  } catch (error) {
    set({ updateLibraries: { status: "waiting", reason: "failed", detail: failureMessage(error) } });
    return;
  }
  if (plan.fetch.length === 0) {
    set({ updateLibraries: { status: "ready", plan } });
    return;
  }
  if (!services.appShell.isOnline()) {
    set({ updateLibraries: { status: "waiting", plan, reason: "offline" } });
    return;
  }
  set({ updateLibraries: { status: "fetching", plan } });
  try {
    const fetchedBytes = await services.engine.fetchLibraries(plan.fetch.map((library) => library.url));
    set({ updateLibraries: { status: "ready", plan, fetchedBytes } });
  } catch (error) {
    const reason = services.appShell.isOnline() ? "failed" : "offline";
    set({ updateLibraries: { status: "waiting", plan, reason, detail: failureMessage(error) } });
  }
}

/**
 * Deletes the libraries of older runtimes that no known model names (left by an update). Only once the
 * user's own models are known: until then their libraries would look like nobody's.
 */
export async function removeOldLibraries(services: AppServices, get: Get): Promise<void> {
  if (!get().customModelsRestored) return;
  const stored = await services.engine.listStoredLibraries();
  const known = [
    ...MODEL_CATALOG.map((model) => model.libraryUrl),
    ...get().customModels.map((model) => model.source.libraryUrl),
  ];
  const old = librariesToDelete(
    stored.map((library) => library.url),
    known,
    MODEL_LIBRARY_VERSION,
  );
  if (old.length > 0) await services.engine.deleteLibraries(old);
}

function describeModel(state: AppState, modelId: string): StoredModelLibrary | undefined {
  const card = findModelCard(state.customModelCards, modelId);
  if (!card) return undefined;
  const kind = card.importedAt !== undefined ? "imported" : findModel(modelId) ? "catalog" : "custom";
  return { modelId, name: card.name, kind, libraryUrl: card.libraryUrl };
}

import type { Messages } from "../../i18n/messages/en";
import type { ErasedReport, EraseFailure } from "../../store/slices/privacy/privacySlice";

/** Says in words what "Erase everything" removed, most meaningful to the user first. */
export function describeErased(
  { conversationCount, modelNames, databases, caches }: ErasedReport,
  t: Messages,
): string[] {
  const { erased } = t;
  return [
    erased.conversations(conversationCount),
    erased.settings,
    modelNames.length > 0 ? erased.models(modelNames.length, modelNames.join(", ")) : erased.noModels,
    erased.log,
    databases.length > 0 ? erased.databases(databases.join(", ")) : erased.noDatabases,
    ...(caches.length > 0 ? [erased.caches(caches.join(", "))] : []),
  ];
}

/** Why erasing stopped, in words; the browser's own explanation, when there is one, follows. */
export function describeEraseFailure(failure: EraseFailure, t: Messages): string {
  switch (failure.kind) {
    case "database-in-use":
      return t.eraseEverything.databaseInUse(failure.database);
    case "database-not-deleted":
      return [t.eraseEverything.databaseNotDeleted(failure.database), failure.detail]
        .filter(Boolean)
        .join(" ");
    case "unexpected":
      return failure.detail;
  }
}

import { useAppStore } from "../../store/useAppStore";
import { selectUpdateLibraries, selectUpdateReady } from "../../store/slices/appShell/selectors";
import { selectIsStreaming } from "../../store/slices/chat/selectors";
import type { UpdateLibraries } from "../../store/slices/appShell/updateLibraries";
import { runtimeVersionName } from "../../domain/libraryVersion";
import { formatBytes } from "../../lib/format";
import { useLanguage, useT } from "../../i18n/useT";

/**
 * A quiet note when a new version is waiting. Switching reloads the page, so it is the user's choice
 * and never offered in the middle of a reply, nor before the model libraries the new version needs
 * are stored (the note says how much it needs, and why it waits).
 */
export function UpdatePrompt() {
  const t = useT();
  const updateReady = useAppStore(selectUpdateReady);
  const libraries = useAppStore(selectUpdateLibraries);
  const streaming = useAppStore(selectIsStreaming);
  const applyUpdate = useAppStore((state) => state.applyUpdate);
  const prepareUpdate = useAppStore((state) => state.prepareUpdate);
  if (!updateReady) return null;
  const librariesStored = libraries?.status === "ready";
  const title = !librariesStored ? t.update.afterLibraries : streaming ? t.update.afterReply : undefined;
  return (
    <div className="update-prompt" role="status">
      <div className="update-prompt-text">
        <span>{t.update.available}</span>
        {libraries && <LibrariesNote libraries={libraries} />}
      </div>
      <div className="update-prompt-actions">
        {libraries?.status === "waiting" && libraries.reason === "failed" && (
          <button type="button" className="button small" onClick={() => void prepareUpdate()}>
            {t.update.tryAgain}
          </button>
        )}
        <button
          type="button"
          className="button small primary"
          onClick={() => void applyUpdate()}
          disabled={streaming || !librariesStored}
          title={title}
        >
          {t.update.reload}
        </button>
      </div>
    </div>
  );
}

function LibrariesNote({ libraries }: { libraries: UpdateLibraries }) {
  const t = useT();
  const language = useLanguage();
  if (libraries.status === "checking") return <small>{t.update.checking}</small>;
  const plan = libraries.plan;
  const count = plan?.fetch.length ?? 0;
  const needs =
    plan && count > 0 ? t.update.needsLibraries(count, formatBytes(plan.estimatedBytes, language)) : "";
  const runtime = plan ? runtimeVersionName(plan.libraryVersion) : "";
  let status = "";
  if (libraries.status === "fetching") status = `${needs} ${t.update.fetching}`;
  else if (libraries.status === "ready" && libraries.fetchedBytes !== undefined) {
    status = t.update.librariesReady(count, formatBytes(libraries.fetchedBytes, language));
  } else if (libraries.status === "waiting") {
    const detail = libraries.detail ?? "";
    if (!plan) status = t.update.checkFailed(detail);
    else if (libraries.reason === "offline") status = `${needs} ${t.update.waitingOffline}`;
    else status = `${needs} ${t.update.waitingFailed(detail)}`;
  }
  const notes = [
    ...(plan?.needLibraryUrl ?? []).map((model) => t.update.needLibraryUrl(model.name, runtime)),
    ...(plan?.needReimport ?? []).map((model) => t.update.needReimport(model.name, runtime)),
  ];
  if (!status && notes.length === 0) return null;
  return (
    <>
      {status && <small>{status}</small>}
      {notes.map((note) => (
        <small key={note}>{note}</small>
      ))}
    </>
  );
}

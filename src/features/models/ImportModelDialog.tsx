import { useRef, useState, type DragEvent, type FormEvent } from "react";
import type { ChosenFile, ImportProblem, ModelFolderCheck } from "../../domain/importedModel";
import { useLanguage, useT } from "../../i18n/useT";
import { filesFromDrop, filesFromInput } from "../../lib/chosenFiles";
import { useAppStore } from "../../store/useAppStore";
import { selectModelImport } from "../../store/slices/modelImport/selectors";
import { ImportFoundSummary } from "./ImportFoundSummary";
import { ImportProblemMessage } from "./ImportProblemMessage";
import { ImportProgressBar } from "./ImportProgressBar";
import "./importModel.css";
import { ModalDialog } from "../../app/ModalDialog";

type Check = { status: "none" } | { status: "checking" } | { status: "checked"; check: ModelFolderCheck };

/**
 * Imports a model from files: a folder (or files, or a drop) holding an MLC model and its library.
 * What the files hold is shown, or exactly why they cannot be used, before anything is stored.
 */
export function ImportModelDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const inspect = useAppStore((state) => state.inspectModelFiles);
  const importFiles = useAppStore((state) => state.importModelFiles);
  const cancelImport = useAppStore((state) => state.cancelModelImport);
  const continueInBackground = useAppStore((state) => state.continueImportInBackground);
  const importing = useAppStore(selectModelImport);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [check, setCheck] = useState<Check>({ status: "none" });
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<ImportProblem>();
  const [dragging, setDragging] = useState(false);
  const latestChoice = useRef(0);
  const busy = importing.status === "importing";

  const choose = async (chosen: ChosenFile[]) => {
    const choice = ++latestChoice.current;
    setFiles(chosen);
    setProblem(undefined);
    setCheck({ status: "checking" });
    const result = await inspect(chosen);
    // A newer choice was made while these files were being checked: its answer is the one to show.
    if (choice !== latestChoice.current) return;
    setCheck({ status: "checked", check: result });
    if (result.ok && result.summary.folderName) setName((typed) => typed || result.summary.folderName);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) void filesFromDrop(event.dataTransfer).then(choose);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const result = await importFiles(name, files);
    if (result.ok) onClose();
    else setProblem(result.problem);
  };

  const found = check.status === "checked" && check.check.ok ? check.check.summary : undefined;
  const unusable = check.status === "checked" && !check.check.ok ? check.check.problem : undefined;

  return (
    <ModalDialog
      className="dialog import-model"
      aria-labelledby="import-model-title"
      onClose={onClose}
      // Closing mid-import would hide it; Cancel import stops it instead.
      keepOpen={busy}
    >
      <h2 id="import-model-title">{t.importModel.title}</h2>
      <p className="hint">{t.importModel.hint}</p>
      <div
        role="group"
        aria-label={t.importModel.dropZone}
        className={`import-drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <div className="import-choose">
          <label className="button">
            {t.importModel.chooseFolder}
            <input
              type="file"
              className="sr-only"
              disabled={busy}
              ref={(input) => {
                if (input) input.webkitdirectory = true;
              }}
              onChange={(event) => void choose(filesFromInput(event.target.files))}
            />
          </label>
          <label className="button">
            {t.importModel.chooseFiles}
            <input
              type="file"
              className="sr-only"
              multiple
              disabled={busy}
              onChange={(event) => void choose(filesFromInput(event.target.files))}
            />
          </label>
        </div>
        <p className="hint">{t.importModel.dropZone}</p>
      </div>
      {files.length > 0 && <p className="hint">{t.importModel.chosen(files.length)}</p>}
      {check.status === "checking" && <p role="status">{t.importModel.checking}</p>}
      {unusable && <ImportProblemMessage problem={unusable} />}
      {found && <ImportFoundSummary found={found} language={language} />}
      <form onSubmit={(event) => void submit(event)}>
        {found && (
          <label>
            {t.importModel.name}
            <input
              type="text"
              required
              value={name}
              disabled={busy}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
        )}
        {busy && <ImportProgressBar state={importing} language={language} />}
        {problem && <ImportProblemMessage problem={problem} />}
        <div className="actions">
          {busy ? (
            <>
              <button type="button" className="button" onClick={cancelImport}>
                {t.importModel.cancelImport}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  continueInBackground();
                  onClose();
                }}
              >
                {t.importModel.continueInBackground}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {t.importModel.cancel}
            </button>
          )}
          <button type="submit" className="button primary" disabled={!found || busy}>
            {t.importModel.import}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

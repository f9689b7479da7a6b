import { useEffect, useRef, useState, type FormEvent } from "react";
import type { CustomModelCheck, CustomModelRequest } from "../../domain/customModel";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import { describeCustomModelProblem } from "./describeCustomModelProblem";
import "./addModel.css";
import { ModalDialog } from "../../app/ModalDialog";

type Status =
  | { kind: "editing" }
  | { kind: "checking" }
  | { kind: "checked"; result: CustomModelCheck }
  /** The check itself broke (not the model): the error, as the browser gave it. */
  | { kind: "check-failed"; error: string };

/**
 * Adds a model by URL: an MLC folder (a Hugging Face repository, say) and its compiled library.
 * Nothing is saved until the files have been checked and the user has seen what they hold.
 * `initial` (a model the Hugging Face search found) fills the fields and checks them at once.
 */
export function AddModelDialog({ initial, onClose }: { initial?: CustomModelRequest; onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const words = t.addModel;
  const check = useAppStore((state) => state.checkCustomModel);
  const add = useAppStore((state) => state.addCustomModel);
  const [fields, setFields] = useState(initial ?? { name: "", modelUrl: "", libraryUrl: "" });
  const [status, setStatus] = useState<Status>({ kind: initial ? "checking" : "editing" });

  const runCheck = async (request: CustomModelRequest) => {
    setStatus({ kind: "checking" });
    try {
      setStatus({ kind: "checked", result: await check(request) });
    } catch (error) {
      setStatus({ kind: "check-failed", error: String(error) });
    }
  };

  // Opened for a found model: check it straight away, as pressing "Check model" would.
  const checkedInitial = useRef(false);
  useEffect(() => {
    if (!initial || checkedInitial.current) return;
    checkedInitial.current = true;
    void runCheck(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the fields it opened with
  }, []);

  const edit = (field: keyof typeof fields) => (event: { target: { value: string } }) => {
    setFields({ ...fields, [field]: event.target.value });
    // What was found belongs to the URLs that were checked, not to edited ones.
    setStatus({ kind: "editing" });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await runCheck(fields);
  };

  const found = status.kind === "checked" && status.result.ok ? status.result.summary : undefined;
  const problem =
    status.kind === "checked" && !status.result.ok
      ? describeCustomModelProblem(t, status.result.problem, language)
      : status.kind === "check-failed"
        ? words.checkFailed(status.error)
        : undefined;

  return (
    <ModalDialog className="dialog add-model" aria-labelledby="add-model-title" onClose={onClose}>
      <h2 id="add-model-title">{words.title}</h2>
      <p className="hint">{words.hint}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {words.name}
          <input type="text" required value={fields.name} onChange={edit("name")} />
        </label>
        <label>
          {words.modelUrl}
          <input type="url" required value={fields.modelUrl} onChange={edit("modelUrl")} />
        </label>
        <label>
          {words.libraryUrl}
          <input type="url" required value={fields.libraryUrl} onChange={edit("libraryUrl")} />
        </label>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {words.cancel}
          </button>
          <button type="submit" className="button" disabled={status.kind === "checking"}>
            {words.check}
          </button>
        </div>
      </form>
      {status.kind === "checking" && <p role="status">{words.checking}</p>}
      {problem && (
        <p role="alert" className="add-model-problem">
          {words.cannotUse(problem)}
        </p>
      )}
      {found && (
        <section aria-label={words.found}>
          <dl className="add-model-found">
            <dt>{words.modelType}</dt>
            <dd>{found.modelType}</dd>
            <dt>{words.quantization}</dt>
            <dd>{found.quantization}</dd>
            <dt>{words.contextWindow}</dt>
            <dd>{words.tokens(found.contextWindow.toLocaleString(language))}</dd>
            <dt>{words.totalSize}</dt>
            <dd>
              {words.totalSizeValue(
                formatBytes(found.totalBytes, language),
                found.fileCount,
                found.shardCount,
              )}
            </dd>
          </dl>
          <button type="button" className="button primary" onClick={() => void add(found).then(onClose)}>
            {words.add(found.name)}
          </button>
        </section>
      )}
    </ModalDialog>
  );
}

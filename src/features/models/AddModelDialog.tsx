import { useEffect, useRef, useState, type FormEvent } from "react";
import type { CustomModelCheck } from "../../domain/customModel";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";

type Status = { kind: "editing" } | { kind: "checking" } | { kind: "checked"; result: CustomModelCheck };

/**
 * Adds a model by URL: an MLC folder (a Hugging Face repository, say) and its compiled library.
 * Nothing is saved until the files have been checked and the user has seen what they hold.
 */
export function AddModelDialog({ onClose }: { onClose(): void }) {
  const check = useAppStore((state) => state.checkCustomModel);
  const add = useAppStore((state) => state.addCustomModel);
  const [fields, setFields] = useState({ name: "", modelUrl: "", libraryUrl: "" });
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const edit = (field: keyof typeof fields) => (event: { target: { value: string } }) => {
    setFields({ ...fields, [field]: event.target.value });
    // What was found belongs to the URLs that were checked, not to edited ones.
    setStatus({ kind: "editing" });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ kind: "checking" });
    try {
      setStatus({ kind: "checked", result: await check(fields) });
    } catch (error) {
      setStatus({ kind: "checked", result: { ok: false, problem: `The check failed: ${String(error)}` } });
    }
  };

  const found = status.kind === "checked" && status.result.ok ? status.result.summary : undefined;
  const problem = status.kind === "checked" && !status.result.ok ? status.result.problem : undefined;

  return (
    <dialog ref={dialog} className="dialog add-model" aria-labelledby="add-model-title" onClose={onClose}>
      <h2 id="add-model-title">Add a model</h2>
      <p className="hint">
        A folder in MLC format (a Hugging Face repository URL, or any URL serving mlc-chat-config.json,
        tensor-cache.json, the tokenizer and the weight shards under resolve/main/) and its compiled model
        library (.wasm).
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Name
          <input type="text" required value={fields.name} onChange={edit("name")} />
        </label>
        <label>
          Model URL
          <input type="url" required value={fields.modelUrl} onChange={edit("modelUrl")} />
        </label>
        <label>
          Model library URL
          <input type="url" required value={fields.libraryUrl} onChange={edit("libraryUrl")} />
        </label>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button" disabled={status.kind === "checking"}>
            Check model
          </button>
        </div>
      </form>
      {status.kind === "checking" && <p role="status">Checking the model's files…</p>}
      {problem && (
        <p role="alert" className="add-model-problem">
          This model cannot be used: {problem}
        </p>
      )}
      {found && (
        <section aria-label="What was found">
          <dl className="add-model-found">
            <dt>Model type</dt>
            <dd>{found.modelType}</dd>
            <dt>Quantization</dt>
            <dd>{found.quantization}</dd>
            <dt>Context window</dt>
            <dd>{found.contextWindow.toLocaleString("en")} tokens</dd>
            <dt>Total size</dt>
            <dd>
              {formatBytes(found.weightsBytes)} in {found.shardCount}{" "}
              {found.shardCount === 1 ? "shard" : "shards"}
            </dd>
          </dl>
          <button type="button" className="button primary" onClick={() => void add(found).then(onClose)}>
            Add {found.name}
          </button>
        </section>
      )}
    </dialog>
  );
}

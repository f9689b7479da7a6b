import { MODEL_MIRROR } from "../../services/engine/modelMirror";

/** Where model files are downloaded from, so an administrator can check the mirror is in use. */
export function ModelSourceNote() {
  return (
    <p className="hint">
      {MODEL_MIRROR
        ? `Model files are downloaded from your organisation's mirror, ${MODEL_MIRROR} (set when this copy of Sigilo was built; changing it needs a rebuild, because the page's security policy only lets it connect to the hosts named then).`
        : "Model files are downloaded from Hugging Face (weights) and GitHub (model libraries). Organisations can build Sigilo to use their own mirror instead; see “Host it yourself” in the README."}
    </p>
  );
}

import { useT } from "../../i18n/useT";
import { MODEL_MIRROR } from "../../services/engine/modelMirror";

/** Where model files are downloaded from, so an administrator can check the mirror is in use. */
export function ModelSourceNote() {
  const t = useT();
  return <p className="hint">{MODEL_MIRROR ? t.modelSource.mirror(MODEL_MIRROR) : t.modelSource.public}</p>;
}

import { EMBEDDING_MODEL_DOWNLOAD_MB, EMBEDDING_MODEL_ID } from "../../domain/retrieval/embedding";
import { useLanguage, useT } from "../../i18n/useT";
import { formatMegabytes } from "../../lib/format";
import { catalogSources } from "../../services/engine/modelSources";
import { MODEL_MIRROR } from "../../services/engine/modelMirror";

/** The host the embedding model comes from: the public one, or the organisation's mirror. */
function searchModelHost(): string {
  const source = catalogSources(MODEL_MIRROR).source(EMBEDDING_MODEL_ID);
  return source ? new URL(source.filesUrl).host : "";
}

/** What the search model is, how large, and where it comes from: asked before it is downloaded. */
export function useSearchModelOffer(): string {
  const t = useT();
  const language = useLanguage();
  return t.searchModel.question(formatMegabytes(EMBEDDING_MODEL_DOWNLOAD_MB, language), searchModelHost());
}

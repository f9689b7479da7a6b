import type { ModelCard } from "../../domain/modelCatalog";
import { memoryByContextWindow } from "../../domain/contextMemory";
import { useLanguage, useT } from "../../i18n/useT";
import { formatContextWindow, formatMegabytes } from "../../lib/format";
import "./modelSearch.css";

/** The GPU memory each context window needs, for a model whose library's architecture is known. */
export function ContextMemoryList({ model }: { model: ModelCard }) {
  const t = useT();
  const language = useLanguage();
  const words = t.contextMemory;
  const rows = memoryByContextWindow(model);
  if (!rows) return null;
  return (
    <>
      <dt>{words.title}</dt>
      <dd>
        <ul className="context-memory" aria-label={words.title}>
          {rows.map(({ tokens, megabytes, atLeast }) => {
            const context = formatContextWindow(tokens);
            const size = formatMegabytes(megabytes, language);
            return <li key={tokens}>{atLeast ? words.atLeast(context, size) : words.row(context, size)}</li>;
          })}
        </ul>
        <span className="hint">{words.hint}</span>
      </dd>
    </>
  );
}

import { memo } from "react";
import Markdown from "react-markdown";
import type { Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./CodeBlock";
import { useMarkdownExtras } from "./extras/useMarkdownExtras";
import rehypeSafeLinksAndImages from "./rehypeSafeLinksAndImages";
import remarkHtmlAsText from "./remarkHtmlAsText";
import "./markdown.css";

// Module-level constants: react-markdown rebuilds its processor per render anyway, but stable identities keep
// memoised children (and future hooks keyed on them) from seeing spurious changes.
// Link and image safety runs last, after highlighting and math have added their elements.
const BASE_PLUGINS = { remark: [remarkGfm, remarkHtmlAsText], rehype: [rehypeSafeLinksAndImages] };
const COMPONENTS: Components = { pre: CodeBlock };

/**
 * Renders an assistant reply's Markdown (GFM) safely: raw HTML shows as text, images are never loaded, only
 * http(s)/mailto links are clickable. Tolerates partial Markdown while a reply is streaming. Code in a known
 * language is syntax-highlighted and `$…$` / `$$…$$` math is typeset with KaTeX, both loaded only when needed.
 *
 * Default export so the chat can `React.lazy` it and keep react-markdown out of the initial bundle.
 */
function MarkdownMessage({ text }: { text: string }) {
  const extras = useMarkdownExtras(text, BASE_PLUGINS);
  return (
    <div className="md-root">
      <Markdown
        remarkPlugins={extras.remarkPlugins}
        rehypePlugins={extras.rehypePlugins}
        components={COMPONENTS}
      >
        {extras.text}
      </Markdown>
    </div>
  );
}

// Messages above the streaming one re-render whenever the list does; with unchanged text they skip parsing.
export default memo(MarkdownMessage);

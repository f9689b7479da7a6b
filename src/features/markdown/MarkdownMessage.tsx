import { memo } from "react";
import Markdown from "react-markdown";
import type { Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./CodeBlock";
import rehypeSafeLinksAndImages from "./rehypeSafeLinksAndImages";
import remarkHtmlAsText from "./remarkHtmlAsText";
import "./markdown.css";

// Module-level constants: react-markdown rebuilds its processor per render anyway, but stable identities keep
// memoised children (and future hooks keyed on them) from seeing spurious changes.
const REMARK_PLUGINS = [remarkGfm, remarkHtmlAsText];
const REHYPE_PLUGINS = [rehypeSafeLinksAndImages];
const COMPONENTS: Components = { pre: CodeBlock };

/**
 * Renders an assistant reply's Markdown (GFM) safely: raw HTML shows as text, images are never loaded, only
 * http(s)/mailto links are clickable. Tolerates partial Markdown while a reply is streaming.
 *
 * Default export so the chat can `React.lazy` it and keep react-markdown out of the initial bundle.
 */
function MarkdownMessage({ text }: { text: string }) {
  return (
    <div className="md-root">
      <Markdown remarkPlugins={REMARK_PLUGINS} rehypePlugins={REHYPE_PLUGINS} components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}

// Messages above the streaming one re-render whenever the list does; with unchanged text they skip parsing.
export default memo(MarkdownMessage);

import { memo } from "react";
import Markdown from "react-markdown";
import type { Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./CodeBlock";
import { splitMarkdownBlocks } from "./markdownBlocks";
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
 * The reply is rendered block by block (see markdownBlocks.ts): while it streams, finished blocks keep their
 * rendering and only the growing last block is parsed again.
 *
 * Default export so the chat can `React.lazy` it and keep react-markdown out of the initial bundle.
 */
function MarkdownMessage({ text }: { text: string }) {
  return (
    <div className="md-root">
      {splitMarkdownBlocks(text).map((block, index) => (
        // Blocks only ever grow at the end, so an index names the same block from one frame to the next.
        <MarkdownBlock key={index} text={block} />
      ))}
    </div>
  );
}

/** One block; unchanged text skips parsing. */
const MarkdownBlock = memo(function MarkdownBlock({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={REMARK_PLUGINS} rehypePlugins={REHYPE_PLUGINS} components={COMPONENTS}>
      {text}
    </Markdown>
  );
});

// Messages above the streaming one re-render whenever the list does; with unchanged text they skip parsing.
export default memo(MarkdownMessage);

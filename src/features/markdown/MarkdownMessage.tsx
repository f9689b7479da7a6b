import { memo } from "react";
import Markdown from "react-markdown";
import type { Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./CodeBlock";
import { useMarkdownExtras, type MarkdownPlugins } from "./extras/useMarkdownExtras";
import { splitMarkdownBlocks } from "./markdownBlocks";
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
 * The reply is rendered block by block (see markdownBlocks.ts): while it streams, finished blocks keep their
 * rendering and only the growing last block is parsed again.
 *
 * Default export so the chat can `React.lazy` it and keep react-markdown out of the initial bundle.
 */
function MarkdownMessage({ text }: { text: string }) {
  const extras = useMarkdownExtras(text, BASE_PLUGINS);
  return (
    <div className="md-root">
      {splitMarkdownBlocks(extras.text).map((block, index) => (
        // Blocks only ever grow at the end, so an index names the same block from one frame to the next.
        <MarkdownBlock key={index} text={block} plugins={extras.plugins} />
      ))}
    </div>
  );
}

/** One block; unchanged text (and unchanged plugins) skips parsing. */
const MarkdownBlock = memo(function MarkdownBlock({
  text,
  plugins,
}: {
  text: string;
  plugins: MarkdownPlugins;
}) {
  return (
    <Markdown
      remarkPlugins={plugins.remarkPlugins}
      rehypePlugins={plugins.rehypePlugins}
      components={COMPONENTS}
    >
      {text}
    </Markdown>
  );
});

// Messages above the streaming one re-render whenever the list does; with unchanged text they skip parsing.
export default memo(MarkdownMessage);

import { memo } from "react";
import Markdown from "react-markdown";
import type { Components, Options } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";
import { CodeBlock } from "./CodeBlock";
import { useMarkdownExtras, type MarkdownPlugins } from "./extras/useMarkdownExtras";
import { splitMarkdownBlocks } from "./markdownBlocks";
import rehypeSafeLinksAndImages from "./rehypeSafeLinksAndImages";
import remarkHtmlAsText from "./remarkHtmlAsText";
import type { Messages } from "../../i18n/messages/en";
import { useT } from "../../i18n/useT";
import "./markdown.css";

const COMPONENTS: Components = { pre: CodeBlock };

interface Rendering {
  base: { remark: PluggableList; rehype: PluggableList };
  remarkRehypeOptions: NonNullable<Options["remarkRehypeOptions"]>;
}

// One per language, kept: react-markdown rebuilds its processor per render anyway, but stable identities keep
// memoised blocks (and the plugin lists built on them) from seeing spurious changes.
const renderings = new WeakMap<Messages, Rendering>();

/** The plugins and the words they add (blocked images, footnotes) in the interface's language. */
function renderingFor(t: Messages): Rendering {
  let rendering = renderings.get(t);
  if (!rendering) {
    rendering = {
      // Link and image safety runs last, after highlighting and math have added their elements.
      base: { remark: [remarkGfm, remarkHtmlAsText], rehype: [[rehypeSafeLinksAndImages, t.markdown]] },
      remarkRehypeOptions: {
        footnoteLabel: t.markdown.footnotes,
        footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
          t.markdown.backToReference(referenceIndex + 1, rereferenceIndex),
      },
    };
    renderings.set(t, rendering);
  }
  return rendering;
}

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
  const rendering = renderingFor(useT());
  const extras = useMarkdownExtras(text, rendering.base);
  return (
    <div className="md-root">
      {splitMarkdownBlocks(extras.text).map((block, index) => (
        // Blocks only ever grow at the end, so an index names the same block from one frame to the next.
        <MarkdownBlock
          key={index}
          text={block}
          plugins={extras.plugins}
          remarkRehypeOptions={rendering.remarkRehypeOptions}
        />
      ))}
    </div>
  );
}

/** One block; unchanged text (and unchanged plugins) skips parsing. */
const MarkdownBlock = memo(function MarkdownBlock({
  text,
  plugins,
  remarkRehypeOptions,
}: {
  text: string;
  plugins: MarkdownPlugins;
  remarkRehypeOptions: Rendering["remarkRehypeOptions"];
}) {
  return (
    <Markdown
      remarkPlugins={plugins.remarkPlugins}
      rehypePlugins={plugins.rehypePlugins}
      remarkRehypeOptions={remarkRehypeOptions}
      components={COMPONENTS}
    >
      {text}
    </Markdown>
  );
});

// Messages above the streaming one re-render whenever the list does; with unchanged text they skip parsing.
export default memo(MarkdownMessage);

import type { ReactNode } from "react";
import type { Element, ElementContent } from "hast";
import { useT } from "../../i18n/useT";
import { CopyButton } from "./CopyButton";

type CodeBlockProps = { node?: Element | undefined; children?: ReactNode };

/**
 * Replaces react-markdown's `<pre>`: the same `<pre><code>` plus a toolbar with the fence's language and a copy
 * button. Only fenced/indented blocks reach here; inline code is a bare `<code>` and stays inline.
 */
export function CodeBlock({ node, children }: CodeBlockProps) {
  const t = useT();
  const code = node?.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "code",
  );
  const language = code ? languageOf(code) : undefined;
  // remark-rehype appends a newline to every block; the user copies what they see.
  const text = code ? textOf(code).replace(/\n$/, "") : "";

  return (
    <div className="md-codeblock">
      <div className="md-codeblock-toolbar">
        {language ? (
          // The fence's own word ("python"), as written; the tooltip says what it is.
          <span className="md-codeblock-language" title={t.codeBlock.language(language)}>
            {language}
          </span>
        ) : null}
        <CopyButton text={text} />
      </div>
      <pre>{children}</pre>
    </div>
  );
}

/** A fence's info string arrives as `class="language-<lang>"` on the `<code>` element. */
function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return undefined;
  const languageClass = classes.map(String).find((name) => name.startsWith("language-"));
  return languageClass?.slice("language-".length) || undefined;
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

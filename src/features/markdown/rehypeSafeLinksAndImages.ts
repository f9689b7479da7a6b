import type { Element, Root } from "hast";
import { safeLinkHref } from "./safeUrl";

/** Longest image URL shown in the tooltip; a data: URL can be megabytes. */
const MAX_TITLE_URL_LENGTH = 200;

/**
 * Rehype plugin: makes links and images harmless in the HTML tree itself, before anything renders.
 *
 * - `<img>` never survives: it becomes a `<span>` saying the image was not loaded (a remote image would tell its
 *   host that the user read this reply). The URL is only ever shown as a tooltip.
 * - `<a>` with a scheme other than http(s)/mailto becomes a `<span>` holding the link text.
 * - Allowed links open in a new tab, without opener, referrer or endorsement.
 *
 * Working on the tree (not through react-markdown's `components`) means no renderer override can forget a case.
 */
export default function rehypeSafeLinksAndImages(words: SafeRenderingWords) {
  return (tree: Root) => visit(tree, words);
}

/** What a blocked image says instead, in the interface's language (given by the component). */
export interface SafeRenderingWords {
  imageNotLoaded: string;
  imageNotLoadedNamed(alt: string): string;
}

function visit(parent: Root | Element, words: SafeRenderingWords): void {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "img") blockImage(child, words);
    else if (child.tagName === "a") secureLink(child);
    visit(child, words);
  }
}

function blockImage(element: Element, words: SafeRenderingWords): void {
  const src = stringProperty(element, "src");
  const alt = stringProperty(element, "alt");
  element.tagName = "span";
  element.properties = { className: ["md-image-blocked"], title: src ? truncate(src) : undefined };
  element.children = [
    { type: "text", value: `🖼 ${alt ? words.imageNotLoadedNamed(alt) : words.imageNotLoaded}` },
  ];
}

function secureLink(element: Element): void {
  const href = safeLinkHref(stringProperty(element, "href"));
  if (href === null) {
    element.tagName = "span";
    element.properties = { className: ["md-link-blocked"] };
    return;
  }
  element.properties = {
    ...element.properties,
    href,
    target: "_blank",
    rel: ["noopener", "noreferrer", "nofollow"],
  };
}

function stringProperty(element: Element, name: string): string {
  const value = element.properties[name];
  return typeof value === "string" ? value : "";
}

function truncate(text: string): string {
  return text.length > MAX_TITLE_URL_LENGTH ? `${text.slice(0, MAX_TITLE_URL_LENGTH)}…` : text;
}

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Guards "every user-facing string goes through the translation layer": a component that writes words
 * straight into JSX (text, or an attribute people read or hear) fails here with the file and line.
 * Symbols, punctuation and numbers are fine; so are class names, ids, types and other non-reading attributes.
 * (A `.node.test.ts` file: it reads the sources from disk, so it is type-checked with Node's types.)
 */
const SOURCE_ROOT = join(import.meta.dirname, "..");
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "placeholder", "alt", "label"]);
const HAS_WORD = /\p{L}{2,}/u;
/** Names that are the same in every language. */
const NAMES = new Set(["Sigilo", "chrome://flags/#enable-unsafe-webgpu"]);

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}

function literalText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (NAMES.has(text.trim())) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(SOURCE_ROOT, file)}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORD.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      const literal = value && ts.isJsxExpression(value) && value.expression ? value.expression : value;
      if (literal && ts.isStringLiteralLike(literal) && HAS_WORD.test(literal.text))
        report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("user-facing text", () => {
  it("is never written into JSX directly: it comes from the dictionaries", () => {
    const untranslated = componentFiles(SOURCE_ROOT).flatMap(literalText);
    expect(untranslated).toEqual([]);
  });
});

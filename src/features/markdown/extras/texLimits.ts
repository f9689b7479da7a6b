/**
 * How deeply a TeX formula nests its groups: braces (not escaped ones), `\left…\right` and `\begin…\end`.
 * KaTeX parses each level by recursion, so this is checked before handing it a formula. Linear, no recursion.
 */
export function texNestingDepth(tex: string): number {
  let depth = 0;
  let deepest = 0;
  const open = () => (deepest = Math.max(deepest, ++depth));
  for (let index = 0; index < tex.length; index++) {
    const char = tex[index];
    if (char === "\\") {
      const command = /^\\(?:left|begin)(?![a-zA-Z])|^\\(?:right|end)(?![a-zA-Z])/.exec(
        tex.slice(index, index + 7),
      );
      if (command?.[0] === "\\left" || command?.[0] === "\\begin") open();
      else if (command) depth = Math.max(0, depth - 1);
      index += command ? command[0].length - 1 : 1; // `\{` and `\}` are characters, not groups
    } else if (char === "{") open();
    else if (char === "}") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

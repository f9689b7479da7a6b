import { useLayoutEffect } from "react";
import { removeBootShellUnlessWriting } from "./bootShell";

/** In the first render's commit, before it is painted: index.html's first screen gives way to the app. */
export function FirstRenderShown() {
  useLayoutEffect(removeBootShellUnlessWriting, []);
  return null;
}

import { extrasFor } from "../extras/loadExtras";
import type { RenderRequest, RenderResponse } from "./protocol";
import { renderMarkdown } from "./renderMarkdown";

/** The Markdown worker's answer to one request: loads the extras the text needs, then formats it. */
export async function respond({ id, text, language }: RenderRequest): Promise<RenderResponse> {
  const extras = await extrasFor(text);
  return { id, result: renderMarkdown(text, language, extras) };
}

import { MarkdownRenderer } from "./markdownRenderer";
import { createWorkerPort } from "./workerPort";

let shared: MarkdownRenderer | undefined;

/** The one renderer every reply on the page shares (one worker, one cache). */
export function sharedMarkdownRenderer(): MarkdownRenderer {
  shared ??= new MarkdownRenderer(createWorkerPort);
  return shared;
}

import type { RenderRequest, RenderResponse } from "../pipeline/protocol";
import type { PortFactory } from "./markdownRenderer";

/** The Markdown worker, started when the first reply is rendered. */
export const createWorkerPort: PortFactory = (events) => {
  const worker = new Worker(new URL("../../../workers/markdownRenderer.worker.ts", import.meta.url), {
    type: "module",
    name: "markdown",
  });
  worker.onmessage = (event: MessageEvent<RenderResponse>) => events.response(event.data);
  // A worker that cannot start (its file missing) or dies (out of memory) fails the chunk it was given.
  worker.onerror = (event) => {
    event.preventDefault();
    events.crashed();
  };
  worker.onmessageerror = () => events.crashed();
  return {
    post: (request: RenderRequest) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
};

/** The typed edge of a worker that speaks Sigilo's protocol: requests in, events out. */
import type { EngineRequest, WorkerEvent } from "../services/engine/protocol";
import { createRequestDispatcher, type CallHandlers, type RequestDispatcher } from "./requestDispatcher";

/** Answers the page's calls with `handlers`, then tells the page this worker is ready. */
export function serveCalls(handlers: Partial<CallHandlers>): RequestDispatcher {
  const dispatcher = createRequestDispatcher(handlers, { post: (event: unknown) => self.postMessage(event) });
  self.addEventListener("message", (event: MessageEvent<EngineRequest>) => dispatcher.handle(event.data));
  self.postMessage({ type: "ready" } satisfies WorkerEvent);
  return dispatcher;
}

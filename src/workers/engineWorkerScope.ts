/** The typed edge of an engine worker: requests in, events out, nothing stringly typed. */
import type { EngineEvent, EngineRequest } from "../services/engine/protocol";

export function postEngineEvent(event: EngineEvent): void {
  self.postMessage(event);
}

export function onEngineRequest(handle: (request: EngineRequest) => void): void {
  self.addEventListener("message", (event: MessageEvent<EngineRequest>) => handle(event.data));
}

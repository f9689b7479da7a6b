import { respond } from "../pipeline/respond";
import type { RenderRequest } from "../pipeline/protocol";
import type { PortFactory } from "../renderer/markdownRenderer";

/** Every request the in-process port was given, for tests that count how often Markdown is formatted. */
export const postedRequests: RenderRequest[] = [];

/**
 * The Markdown worker's code run in the test's own thread (jsdom has no workers), answering asynchronously as
 * the worker does. Tests install it with `vi.mock(".../renderer/workerPort", ...)`.
 */
export const createInProcessPort: PortFactory = (events) => {
  let live = true;
  return {
    post(request) {
      postedRequests.push(request);
      void respond(request).then((response) => live && events.response(response));
    },
    terminate() {
      live = false;
    },
  };
};

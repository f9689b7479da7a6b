import type { RenderRequest } from "../features/markdown/pipeline/protocol";
import { respond } from "../features/markdown/pipeline/respond";

/**
 * The Markdown worker: formats replies off the page's thread, one chunk at a time, so that no reply, however
 * deep or large, can block the page. The page gives up on a chunk that takes too long by stopping this worker
 * (see src/features/markdown/renderer/markdownRenderer.ts).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<RenderRequest>) => scope.postMessage(await respond(event.data));

import type { DocumentsClient } from "./documentsClient";

/**
 * The documents client, its code fetched on the first file attached or the first question about a document:
 * nothing of it is needed for the first screen, so it stays out of the page's initial bundle. Until then there is
 * no worker, so there is nothing to forget or shut down. If the code cannot be fetched, the requests answer as
 * when the worker stops (a file "could not be read", no passages), and the next one tries again.
 */
export function createLazyDocumentsClient(): DocumentsClient {
  let client: DocumentsClient | undefined;
  let loading: Promise<DocumentsClient> | undefined;
  const loaded = () =>
    (loading ??= import("./documentsClient").then(
      ({ createDocumentsClient }) => (client = createDocumentsClient()),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return {
    extract: (file, request) =>
      loaded().then(
        (loadedClient) => loadedClient.extract(file, request),
        (error: unknown) => ({ ok: false, problem: { code: "extraction-failed", detail: String(error) } }),
      ),
    holdIndexes: (documentIds, load) =>
      loaded().then(
        (loadedClient) => loadedClient.holdIndexes(documentIds, load),
        () => undefined,
      ),
    rank: (request) =>
      loaded().then(
        (loadedClient) => loadedClient.rank(request),
        () => [],
      ),
    forget: (documentIds) => client?.forget(documentIds),
    shutDown: () => client?.shutDown(),
  };
}

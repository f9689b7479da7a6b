import { chunkText, type Chunk } from "../../../domain/retrieval/document";
import {
  assembleDocumentPrompt,
  type DocumentPrompt,
  type DocumentPromptWording,
  type PromptDocument,
} from "../../../domain/retrieval/promptAssembly";
import type { DocumentContent, DocumentInfo } from "../../../domain/retrieval/storedDocument";
import type { RetrievalDocument } from "../../../domain/retrieval/retrievalIndexes";
import type { DocumentsClient } from "../../../services/documents/documentsClient";
import type { EngineClient } from "../../../services/engine/EngineClient";
import type { DocumentStore } from "../../../services/storage";

/** How many ranked passages prompt assembly may choose from: well past what a prompt holds. */
const RANKED_PASSAGES = 100;

export interface DocumentPromptRequest {
  documents: readonly DocumentInfo[];
  question: string;
  promptBudget: number;
  conversationTokens: number;
  wording: DocumentPromptWording;
}

/**
 * Builds the documents part of a prompt: every passage when they fit ("whole"), else the best by words and
 * meaning within the budget ("retrieved"). Ranking runs in the documents worker, which keeps each document's
 * indexes once handed its texts and vectors; the question is embedded only when the documents do not fit
 * whole, have vectors and the model is stored.
 */
export function createDocumentPrompter(services: {
  documents: DocumentStore;
  engine: EngineClient;
  documentReader: DocumentsClient;
  /** False while the embedding model is not stored: embedding the question would download it. */
  mayEmbedQuestions(): boolean;
}) {
  /** Which model embedded each document handed to the worker (undefined: none), learned as they are loaded. */
  const vectorModels = new Map<string, string | undefined>();

  /** What the worker needs of documents it lacks: their chunks' texts and their vectors, read from storage. */
  function loader(prompted: readonly PromptDocument[]) {
    return async (ids: string[]): Promise<RetrievalDocument[]> => {
      const vectors = await services.documents.getVectors(ids);
      return ids.flatMap((id) => {
        const document = prompted.find((each) => each.id === id);
        if (!document) return [];
        const stored = vectors.find((each) => each.id === id);
        vectorModels.set(id, stored?.model);
        return [
          {
            id,
            chunkTexts: document.chunks.map((chunk) => chunkText(document.text, chunk)),
            ...(stored && {
              vectors: { model: stored.model, dimensions: stored.dimensions, data: stored.vectors },
            }),
          },
        ];
      });
    };
  }

  async function questionVector(
    ids: readonly string[],
    question: string,
  ): Promise<{ model: string; vector: Float32Array } | undefined> {
    if (!services.mayEmbedQuestions() || !ids.some((id) => vectorModels.get(id) !== undefined))
      return undefined;
    try {
      const { model, vectors } = await services.engine.embed([question]);
      return vectors[0] && { model, vector: vectors[0] };
    } catch {
      return undefined;
    }
  }

  return {
    async prompt(request: DocumentPromptRequest): Promise<DocumentPrompt | undefined> {
      const { documents, question } = request;
      if (documents.length === 0) return undefined;
      const contents = await services.documents.getContents(documents.map((document) => document.id));
      const prompted = contents.flatMap((content) => {
        const info = documents.find((document) => document.id === content.id);
        return info ? [promptDocument(info, content)] : [];
      });
      if (prompted.length === 0) return undefined;
      const input = { ...request, documents: prompted, ranking: [] };
      const whole = assembleDocumentPrompt(input);
      if (whole.mode === "whole") return whole;
      const ids = prompted.map((document) => document.id);
      await services.documentReader.holdIndexes(ids, loader(prompted));
      const query = await questionVector(ids, question);
      const ranking = await services.documentReader.rank({
        documentIds: ids,
        question,
        ...(query && { query }),
        limit: RANKED_PASSAGES,
      });
      return assembleDocumentPrompt({ ...input, ranking });
    },
    /** A deleted document's indexes are dropped with it. */
    forget(documentId: string) {
      vectorModels.delete(documentId);
      services.documentReader.forget([documentId]);
    },
    /** Locking forgets every document's indexes (they hold its text). */
    forgetAll() {
      vectorModels.clear();
      services.documentReader.forget();
    },
  };
}

export type DocumentPrompter = ReturnType<typeof createDocumentPrompter>;

function promptDocument(info: DocumentInfo, content: DocumentContent): PromptDocument {
  const chunks: Chunk[] = content.chunks.map((chunk, index) => ({ ...chunk, documentId: info.id, index }));
  return { id: info.id, name: info.name, text: content.text, chunks };
}

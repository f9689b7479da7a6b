import { chunkText, type Chunk } from "../../../domain/retrieval/document";
import { hybridSearch } from "../../../domain/retrieval/hybridSearch";
import {
  assembleDocumentPrompt,
  type DocumentPrompt,
  type DocumentPromptWording,
  type PromptDocument,
} from "../../../domain/retrieval/promptAssembly";
import type { DocumentContent, DocumentInfo } from "../../../domain/retrieval/storedDocument";
import { buildTermIndex, type TermIndex } from "../../../domain/retrieval/termIndex";
import type { VectorIndex } from "../../../domain/retrieval/vectorIndex";
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
 * meaning within the budget ("retrieved"). Full-text indexes are built once per document and kept; the
 * question is embedded only when the documents do not fit whole, have vectors and the model is stored.
 */
export function createDocumentPrompter(services: {
  documents: DocumentStore;
  engine: EngineClient;
  /** False while the embedding model is not stored: embedding the question would download it. */
  mayEmbedQuestions(): boolean;
}) {
  const termIndexes = new Map<string, TermIndex>();

  function termIndexOf(document: PromptDocument): TermIndex {
    let index = termIndexes.get(document.id);
    if (!index) {
      index = buildTermIndex(
        document.id,
        document.chunks.map((chunk) => chunkText(document.text, chunk)),
      );
      termIndexes.set(document.id, index);
    }
    return index;
  }

  async function vectorRanking(
    ids: string[],
    question: string,
  ): Promise<{ indexes: VectorIndex[]; query?: Float32Array }> {
    if (!services.mayEmbedQuestions()) return { indexes: [] };
    const stored = await services.documents.getVectors(ids);
    if (stored.length === 0) return { indexes: [] };
    try {
      const { model, vectors } = await services.engine.embed([question]);
      // Only vectors of the model that embedded the question can be compared with it.
      const indexes = stored
        .filter((each) => each.model === model)
        .map(({ id, dimensions, vectors: data }) => ({ documentId: id, dimensions, vectors: data }));
      return { indexes, query: vectors[0] };
    } catch {
      return { indexes: [] };
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
      const { indexes, query } = await vectorRanking(
        prompted.map((document) => document.id),
        question,
      );
      const ranking = hybridSearch(
        prompted.map(termIndexOf),
        indexes,
        { text: question, vector: query },
        RANKED_PASSAGES,
      );
      return assembleDocumentPrompt({ ...input, ranking });
    },
    /** A deleted document's index is dropped with it. */
    forget(documentId: string) {
      termIndexes.delete(documentId);
    },
    forgetAll() {
      termIndexes.clear();
    },
  };
}

export type DocumentPrompter = ReturnType<typeof createDocumentPrompter>;

function promptDocument(info: DocumentInfo, content: DocumentContent): PromptDocument {
  const chunks: Chunk[] = content.chunks.map((chunk, index) => ({ ...chunk, documentId: info.id, index }));
  return { id: info.id, name: info.name, text: content.text, chunks };
}

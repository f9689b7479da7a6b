import { useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { DocumentInfo } from "../../domain/retrieval/storedDocument";
import { useAppStore } from "../../store/useAppStore";
import { attachedDocuments } from "../../store/slices/documents/documentsSlice";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import "./documents.css";
import { ModalDialog } from "../../app/ModalDialog";
import { SearchByMeaning } from "./SearchByMeaning";
import { documentSearchState } from "./describeBackfill";

/** The library: every indexed document with its figures; use one in this chat, or delete it. */
export default function DocumentsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const library = useAppStore((state) => state.documentLibrary);
  const here = useAppStore(
    useShallow((state) =>
      attachedDocuments(state, state.activeConversationId ?? undefined).map((document) => document.id),
    ),
  );
  const loadDocuments = useAppStore((state) => state.loadDocuments);
  const attachStoredDocument = useAppStore((state) => state.attachStoredDocument);
  const backfill = useAppStore((state) => state.vectorBackfill);
  const [deleting, setDeleting] = useState<DocumentInfo>();
  const words = t.documentsPanel;
  const count = (value: number) => new Intl.NumberFormat(language).format(value);

  useEffect(() => {
    void loadDocuments();
  }, [loadDocuments]);

  return (
    <ModalDialog className="dialog documents-dialog" aria-labelledby="documents-title" onClose={onClose}>
      <h2 id="documents-title">{words.title}</h2>
      <p className="hint">{words.intro}</p>
      <SearchByMeaning />
      {library.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <table className="documents-table">
          <thead>
            <tr>
              <th scope="col">{words.name}</th>
              <th scope="col">{words.size}</th>
              <th scope="col">{words.pages}</th>
              <th scope="col">{words.passages}</th>
              <th scope="col">{words.stored}</th>
              <th scope="col">{t.searchByMeaning.column}</th>
              <th scope="col">{words.actions}</th>
            </tr>
          </thead>
          <tbody>
            {library.map((document) => (
              <tr key={document.id}>
                <th scope="row">{document.name}</th>
                <td>{formatBytes(document.size, language)}</td>
                <td>{document.pageCount === undefined ? "" : count(document.pageCount)}</td>
                <td>{count(document.chunkCount)}</td>
                <td>{formatBytes(document.storedBytes, language)}</td>
                <td>{documentSearchState(t, backfill, document.id)}</td>
                <td className="documents-actions">
                  {here.includes(document.id) ? (
                    <span className="hint">{words.inThisChat}</span>
                  ) : (
                    <button
                      type="button"
                      className="button small"
                      aria-label={words.useHere(document.name)}
                      onClick={() => void attachStoredDocument(document.id)}
                    >
                      {words.useHereShort}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button small danger"
                    aria-label={words.delete(document.name)}
                    onClick={() => setDeleting(document)}
                  >
                    {words.confirm}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {words.close}
        </button>
      </div>
      {deleting && <DeleteDocumentDialog document={deleting} onClose={() => setDeleting(undefined)} />}
    </ModalDialog>
  );
}

function DeleteDocumentDialog({ document, onClose }: { document: DocumentInfo; onClose(): void }) {
  const t = useT();
  const words = t.documentsPanel;
  const deleteDocument = useAppStore((state) => state.deleteDocument);
  return (
    <ModalDialog className="dialog" aria-labelledby="delete-document-title" onClose={onClose}>
      <h2 id="delete-document-title">{words.confirmTitle}</h2>
      <p>{words.confirmText(document.name)}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {words.cancel}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            void deleteDocument(document.id);
            onClose();
          }}
        >
          {words.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}

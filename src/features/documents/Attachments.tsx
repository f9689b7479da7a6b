import { useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import { useAppStore } from "../../store/useAppStore";
import { attachedDocuments } from "../../store/slices/documents/documentsSlice";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { describeAttachProblem, describeStage, stageFraction } from "./describeStage";
import { describePagesWithoutText } from "./describeDocumentProblem";
import { SearchModelQuestion } from "./SearchModelQuestion";
import "./documents.css";

/**
 * The open chat's documents above the message box: each attached one (name, size, pages, Remove), each file
 * being read (with its progress and a way to stop), and each file that could not be read, with why.
 */
export function Attachments() {
  const t = useT();
  const language = useLanguage();
  const loadDocuments = useAppStore((state) => state.loadDocuments);
  const documents = useAppStore(
    useShallow((state) => attachedDocuments(state, state.activeConversationId ?? undefined)),
  );
  const jobs = useAppStore((state) => state.attachmentJobs);
  const failed = useAppStore((state) => state.failedAttachments);
  const interrupted = useAppStore((state) => state.interruptedAttachments);
  const { detachDocument, cancelAttachment, dismissFailedAttachment, dismissInterruptedAttachment } =
    useAppStore(
      useShallow((state) => ({
        detachDocument: state.detachDocument,
        cancelAttachment: state.cancelAttachment,
        dismissFailedAttachment: state.dismissFailedAttachment,
        dismissInterruptedAttachment: state.dismissInterruptedAttachment,
      })),
    );
  useEffect(() => {
    void loadDocuments();
  }, [loadDocuments]);

  if (documents.length === 0 && jobs.length === 0 && failed.length === 0 && interrupted.length === 0) {
    return null;
  }
  return (
    <div className="attachments">
      {documents.length > 0 && (
        <ul className="attachment-list" aria-label={t.attachments.listLabel}>
          {documents.map((document) => {
            const scanned = describePagesWithoutText(t, document.name, document.pagesWithoutText);
            return (
              <li key={document.id} className="attachment">
                <span className="attachment-name">{document.name}</span>
                <span className="attachment-figures">
                  {formatBytes(document.size, language)}
                  {document.pageCount !== undefined && ` · ${t.attachments.pages(document.pageCount)}`}
                </span>
                {scanned && <span className="attachment-note">{scanned}</span>}
                <button
                  type="button"
                  className="button small"
                  aria-label={t.attachments.remove(document.name)}
                  onClick={() => void detachDocument(document.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {jobs.map((job) => {
        const fraction = stageFraction(job.stage);
        return (
          <div key={job.key} className="attachment attachment-reading">
            <span className="attachment-name">{job.name}</span>
            <span className="attachment-figures">{formatBytes(job.size, language)}</span>
            <progress
              aria-label={t.attachments.progressLabel(job.name)}
              aria-valuetext={describeStage(t, language, job.stage)}
              {...(fraction === undefined ? {} : { value: fraction, max: 1 })}
            />
            <span className="attachment-stage" role="status">
              {describeStage(t, language, job.stage)}
            </span>
            <button
              type="button"
              className="button small"
              aria-label={t.attachments.cancel(job.name)}
              onClick={() => cancelAttachment(job.key)}
            >
              ×
            </button>
          </div>
        );
      })}
      <SearchModelQuestion hasDocuments={documents.length > 0} />
      {failed.map((failure) => (
        <AttachmentAlert
          key={failure.key}
          name={failure.name}
          text={describeAttachProblem(t, language, failure.name, failure.problem)}
          onDismiss={() => dismissFailedAttachment(failure.key)}
        />
      ))}
      {interrupted.map((trace) => (
        <AttachmentAlert
          key={trace.id}
          name={trace.name}
          text={t.attachments.interrupted(trace.name, formatBytes(trace.size, language))}
          onDismiss={() => void dismissInterruptedAttachment(trace.id)}
        />
      ))}
    </div>
  );
}

/** A file that was not attached, with why, until dismissed. */
function AttachmentAlert({ name, text, onDismiss }: { name: string; text: string; onDismiss(): void }) {
  const t = useT();
  return (
    <div className="attachment attachment-failed" role="alert">
      <span>{text}</span>
      <button
        type="button"
        className="button small"
        aria-label={t.attachments.dismiss(name)}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { Message } from "../../domain/conversation";
import { citedDocuments, citedNumbers, findCitationsInReply } from "../../domain/retrieval/citations";
import type { PromptSource } from "../../domain/retrieval/promptAssembly";
import type { PassageView } from "../../store/slices/documents/passageView";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { describeSources } from "./documentSources";
import "./documents.css";
import { ModalDialog } from "../../app/ModalDialog";

/** Opens passage `number` of the answer being shown. */
const OpenPassage = createContext<((number: number) => void) | undefined>(undefined);

/** A `[n]` in an answer: a button that opens the passage (see citationTree.ts). */
export function CitationButton(props: { "data-number"?: string; children?: ReactNode }) {
  const t = useT();
  const open = useContext(OpenPassage);
  const number = Number(props["data-number"]);
  if (!open) return <>{props.children}</>;
  return (
    <button
      type="button"
      className="citation"
      aria-label={t.citations.open(number)}
      onClick={() => open(number)}
    >
      {props.children}
    </button>
  );
}

/**
 * Around an answer that used documents: its citations open their passages, and under it the answer says how
 * the documents were read (in full, or the most relevant passages) and which it cites ("Sources: …").
 */
export function DocumentCitations({ message, children }: { message: Message; children: ReactNode }) {
  const t = useT();
  const [opened, setOpened] = useState<PromptSource>();
  const use = message.documents;
  if (!use) return <>{children}</>;
  const names = [...new Set(use.sources.map((source) => source.documentName))].join(", ");
  const cited = citedDocuments(
    citedNumbers(findCitationsInReply(message.content, use.sources.length)),
    use.sources,
  );
  const sources = message.status === "streaming" ? undefined : describeSources(t, cited);
  const open = (number: number) => setOpened(use.sources[number - 1]);
  return (
    <OpenPassage.Provider value={open}>
      {children}
      <p className="message-note">
        {use.mode === "whole"
          ? t.attachments.readInFull(names)
          : t.attachments.retrieved(use.sources.length, names)}
      </p>
      {sources && <p className="message-sources">{sources}</p>}
      {opened && <PassageDialog source={opened} onClose={() => setOpened(undefined)} />}
    </OpenPassage.Provider>
  );
}

function PassageDialog({ source, onClose }: { source: PromptSource; onClose(): void }) {
  const t = useT();
  const readPassage = useAppStore((state) => state.readPassage);
  const [view, setView] = useState<PassageView | "missing">();
  const highlight = useRef<HTMLElement>(null);
  useEffect(() => {
    let current = true;
    void readPassage(source).then(
      (found) => current && setView(found ?? "missing"),
      () => current && setView("missing"),
    );
    return () => {
      current = false;
    };
  }, [readPassage, source]);
  useEffect(() => {
    if (view && view !== "missing") highlight.current?.scrollIntoView({ block: "center" });
  }, [view]);
  const pages =
    source.pageStart === undefined
      ? ""
      : t.documentPrompt.pages(source.pageStart, source.pageEnd ?? source.pageStart);
  return (
    <ModalDialog className="dialog passage-dialog" aria-labelledby="passage-title" onClose={onClose}>
      <h2 id="passage-title">{t.citations.passageTitle(source.documentName, pages)}</h2>
      {view === "missing" ? (
        <p>{t.citations.missing}</p>
      ) : (
        view && (
          <div className="passage-text">
            {view.before}
            <mark ref={highlight}>{view.passage}</mark>
            {view.after}
          </div>
        )
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t.citations.close}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useId, type KeyboardEvent } from "react";
import type { SearchHit } from "../../domain/search";
import { useAppStore } from "../../store/useAppStore";
import {
  selectSearchComplete,
  selectSearchHits,
  selectSearchPending,
  selectSearchQuery,
  selectSearchStatus,
} from "../../store/slices/search/selectors";
import { focusTargetRef } from "../actions/focusTargets";
import { searchAction } from "../actions/actions";
import { describeShortcut } from "../actions/shortcutKeys";
import { useRevealMessage } from "./useRevealMessage";
import { useStartIndexWhenIdle } from "./useStartIndexWhenIdle";
import { useT } from "../../i18n/useT";
import type { Messages } from "../../i18n/messages/en";

/** The search box over every conversation's title and text; a hit opens its conversation at the message. */
export function ConversationSearch() {
  const t = useT();
  const query = useAppStore(selectSearchQuery);
  const status = useAppStore(selectSearchStatus);
  const hits = useAppStore(selectSearchHits);
  const complete = useAppStore(selectSearchComplete);
  const pending = useAppStore(selectSearchPending);
  const search = useAppStore((state) => state.search);
  const clearSearch = useAppStore((state) => state.clearSearch);
  const prepareSearch = useAppStore((state) => state.prepareSearch);
  const openSearchHit = useAppStore((state) => state.openSearchHit);
  const resultsId = useId();
  useRevealMessage();
  useStartIndexWhenIdle();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape" && query) {
      event.preventDefault();
      clearSearch();
    }
    if (event.key === "Enter" && hits[0]) {
      event.preventDefault();
      void openSearchHit(hits[0]);
    }
  };

  return (
    <div role="search" className="conversation-search">
      <input
        ref={focusTargetRef("search")}
        type="search"
        aria-label={searchAction.label(t)}
        aria-controls={query ? resultsId : undefined}
        placeholder={t.search.placeholder(describeShortcut(searchAction.keys[0] ?? "").join("+"))}
        value={query}
        onChange={(event) => void search(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={prepareSearch}
      />
      {query.trim() && (
        <div className="search-results" id={resultsId} aria-busy={status === "searching"}>
          <p role="status" className="search-status">
            {statusText(t, status, hits.length, complete)}
            {status === "done" && pending > 0 && ` ${t.search.stillReading(pending)}`}
          </p>
          {hits.length > 0 && (
            <ul aria-label={t.search.results}>
              {hits.map((hit) => (
                <li key={`${hit.conversationId}/${hit.messageId ?? "title"}`}>
                  <HitButton hit={hit} onOpen={() => void openSearchHit(hit)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function HitButton({ hit, onOpen }: { hit: SearchHit; onOpen(): void }) {
  const t = useT();
  return (
    <button type="button" className="search-hit" onClick={onOpen}>
      <span className="search-hit-title">{hit.conversationTitle}</span>
      {hit.messageId && (
        <span className="search-hit-excerpt">
          {hit.role && <span className="search-hit-role">{t.search.roles[hit.role]}: </span>}
          {hit.before}
          <mark>{hit.match}</mark>
          {hit.after}
        </span>
      )}
    </button>
  );
}

function statusText(t: Messages, status: string, count: number, complete: boolean): string {
  if (status === "searching") return t.search.searching;
  if (status === "failed") return t.search.failed;
  if (count === 0) return t.search.noMatches;
  if (!complete) return t.search.firstMatches(count);
  return t.search.matches(count);
}

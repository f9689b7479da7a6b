import { useEffect } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectConversationListComplete } from "../../store/slices/conversations/selectors";
import { selectModelLoad } from "../../store/slices/models/selectors";

/** How long the browser may put off starting the index when it is never idle. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Starts the search index once start-up is over (the whole list is read and no model is loading) and
 * the page is idle, so the first search rarely waits, while reading a long history never competes with the
 * first screen or a model load. Focusing the search box starts it at once.
 */
export function useStartIndexWhenIdle(): void {
  const loaded = useAppStore(selectConversationListComplete);
  const modelLoading = useAppStore((state) => selectModelLoad(state).status === "loading");
  const prepareSearch = useAppStore((state) => state.prepareSearch);

  useEffect(() => {
    if (!loaded || modelLoading) return;
    if (typeof requestIdleCallback === "undefined") {
      const timer = setTimeout(prepareSearch, IDLE_TIMEOUT_MS);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(prepareSearch, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [loaded, modelLoading, prepareSearch]);
}

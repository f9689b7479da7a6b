import { Component, type ErrorInfo, type ReactNode } from "react";
import type { ConversationExport } from "../domain/exportFormat";
import { RescueExportButton } from "./RescueExportButton";

interface Props {
  children: ReactNode;
  /** Lets the error screen save a copy of every conversation (the store outlives a rendering crash). */
  exportConversations?: () => Promise<ConversationExport>;
}

interface State {
  error: Error | undefined;
}

/**
 * The last line of defence: a rendering bug shows a way forward instead of a blank page.
 * Conversations are safe in IndexedDB, so reloading loses nothing that was saved.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Sigilo crashed while rendering", error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="startup-problem" role="alert">
        <h1>Something went wrong</h1>
        <p>
          Sigilo hit an unexpected problem. Your conversations are saved in this browser; reloading the page
          brings them back.
        </p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          Reload
        </button>
        {this.props.exportConversations && (
          <RescueExportButton exportConversations={this.props.exportConversations} />
        )}
        <details>
          <summary>Technical details</summary>
          <code>{this.state.error.message}</code>
        </details>
      </main>
    );
  }
}

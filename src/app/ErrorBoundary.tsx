import { Component, type ErrorInfo, type ReactNode } from "react";
import type { ConversationExport } from "../domain/exportFormat";
import type { LanguageChoice } from "../i18n/language";
import { languageForBrowser } from "../i18n/browserMessages";
import { messagesFor } from "../i18n/dictionaries";
import { loadedLanguageOr } from "../i18n/shownLanguage";
import { RescueExportButton } from "./RescueExportButton";

interface Props {
  children: ReactNode;
  /** Lets the error screen save a copy of every conversation (the store outlives a rendering crash). */
  exportConversations?: () => Promise<ConversationExport>;
  /** The user's language choice, read when the error screen shows; else the browser's language is used. */
  languageChoice?: () => LanguageChoice;
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
    const language = loadedLanguageOr(languageForBrowser(this.props.languageChoice?.()));
    const t = messagesFor(language);
    return (
      <main className="startup-problem" role="alert" lang={language}>
        <h1>{t.crash.title}</h1>
        <p>{t.crash.body}</p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {t.crash.reload}
        </button>
        {this.props.exportConversations && (
          <RescueExportButton exportConversations={this.props.exportConversations} t={t.rescueExport} />
        )}
        <details>
          <summary>{t.crash.details}</summary>
          <code>{this.state.error.message}</code>
        </details>
      </main>
    );
  }
}

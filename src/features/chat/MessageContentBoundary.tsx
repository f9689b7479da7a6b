import { Component, type ErrorInfo, type ReactNode } from "react";
import { PlainText } from "../../app/PlainText";

interface Props {
  /** The message's text, shown as written if its rendering fails. */
  text: string;
  /** The note under it, in the interface's language (a class component cannot call useT). */
  note: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * One message's rendering cannot take the app down: if it throws (a renderer bug, its code failing to load),
 * this message shows as plain text with a short note, and the rest of the conversation, this message's own
 * actions (outside this boundary) and the app keep working. It stays plain for the rest of the message's life
 * on screen: a streaming reply that failed once would fail again on every token.
 */
export class MessageContentBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Sigilo could not render a message; it is shown as plain text", error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <PlainText text={this.props.text} />
        <p className="message-note">{this.props.note}</p>
      </>
    );
  }
}

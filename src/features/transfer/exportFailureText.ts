import { errorMessage } from "../../lib/errorMessage";
import type { Messages } from "../../i18n/messages/en";
import { ConversationGoneError } from "../../store/slices/transfer/transferSlice";

/** "Export failed: …": Sigilo's own reason translated, a browser error as the browser wrote it. */
export function exportFailureText(t: Messages, error: unknown): string {
  if (error instanceof ConversationGoneError) return t.transfer.exportFailed(t.transfer.conversationGone);
  return t.transfer.exportFailed(errorMessage(error));
}

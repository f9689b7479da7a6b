import { errorMessage } from "../../lib/errorMessage";
import { VaultError } from "../../services/storage";
import type { Messages } from "../../i18n/messages/en";

/** Why a lock action failed, in words: the lock's own refusals are translated; the browser's errors are shown as they come. */
export function describeVaultFailure(failure: unknown, t: Messages): string {
  if (failure instanceof VaultError) return t.vaultError[failure.code];
  return errorMessage(failure);
}

import type { VaultTask } from "../../store/slices/vault/vaultSlice";
import type { Messages } from "../../i18n/messages/en";

/** "Encrypting conversations… 40 of 120" */
export function describeVaultTask(task: NonNullable<VaultTask>, t: Messages): string {
  const label = t.vaultTask[task.kind];
  return task.total > 0 ? t.vaultTask.progress(label, task.done, task.total) : label;
}

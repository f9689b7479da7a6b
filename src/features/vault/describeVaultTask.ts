import type { VaultTask } from "../../store/slices/vault/vaultSlice";

/** "Encrypting conversations… 40 of 120" */
export function describeVaultTask(task: NonNullable<VaultTask>): string {
  const label = {
    unlocking: "Unlocking…",
    enabling: "Encrypting conversations…",
    disabling: "Decrypting conversations…",
  }[task.kind];
  return task.total > 0 ? `${label} ${task.done} of ${task.total}` : label;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** English texts about repaired conversations and the safe start; spread into `en` (see ../en.ts). */
export const enIntegrity = {
  treeRepair: {
    reattached: (count: number) =>
      `${plural(count, "message whose earlier message was missing was", "messages whose earlier message was missing were")} attached to the message before`,
    loopsCut: (count: number) =>
      `${plural(count, "message that formed a loop (answering itself or one of its own replies) was", "messages that formed loops (answering themselves or their own replies) were")} cut out of the loop`,
    leafReset: "the version shown was missing, so the newest one is shown",
    leftOut: (count: number) =>
      `${plural(count, "message that belonged elsewhere was", "messages that belonged elsewhere were")} left out`,
    conversation: (title: string, details: string) => `“${title}”: ${details}.`,
    notice: (title: string, details: string) => `Sigilo repaired the conversation “${title}”: ${details}.`,
    dismiss: "Dismiss",
  },
  safeStart: {
    title: "Sigilo did not finish opening last time",
    body: "It stopped responding or was closed while it opened your conversations, so this time no conversation was reopened. Your conversations are still stored in this browser. Save a copy of all of them, or let Sigilo check every conversation and repair what it can.",
    exportAll: "Export everything",
    repair: "Check and repair conversations",
    repairing: "Checking every conversation…",
    nothingToRepair: (checked: number) =>
      `Checked ${plural(checked, "conversation", "conversations")}: none needed repair.`,
    repaired: (checked: number, repaired: number) =>
      `Checked ${plural(checked, "conversation", "conversations")} and repaired ${repaired}:`,
    repairFailed: (detail: string) => `The check could not finish: ${detail}`,
    dismiss: "Dismiss",
  },
};

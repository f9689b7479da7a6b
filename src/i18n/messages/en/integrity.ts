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
  unreadableRecords: {
    title: "Some of your data could not be read",
    conversations: (count: number) => plural(count, "conversation", "conversations"),
    messages: (count: number) => plural(count, "message", "messages"),
    documents: (count: number) => plural(count, "document", "documents"),
    settings: (count: number) => plural(count, "setting", "settings"),
    couldNotRead: (items: readonly string[]) =>
      `Sigilo could not read ${items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0]} stored in this browser.`,
    why: "They may be damaged, written by a newer version of Sigilo, or encrypted with another passphrase. They stay stored exactly as they are: nothing was deleted. Everything else works as usual, and you can save a copy of what could be read.",
    exportReadable: "Export what could be read",
    dismiss: "Dismiss",
  },
};

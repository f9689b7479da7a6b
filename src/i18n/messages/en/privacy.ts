/** English texts of the privacy area; spread into `en` (see ../en.ts). */
export const enPrivacy = {
  privacy: {
    open: "Privacy",
    title: "Privacy",
    promise: "Your prompts and the model’s replies never leave this device.",
    explanation:
      "The model runs in this browser; conversations are stored only here. The only network traffic is the app’s own files, the model files you chose to download and, when you search for models, the words you typed in that search box. Below is every request Sigilo has made, recorded as it happened.",
    requests: "Network requests",
    requestCount: (count: number) => `Network requests (${count})`,
    refresh: "Refresh",
    clearLog: "Clear log",
    reading: "Reading the log…",
    readFailed: (reason: string) => `Could not read the request log: ${reason}`,
    clearFailed: (reason: string) => `Could not clear the request log: ${reason}`,
    eraseEverything: "Erase everything…",
    close: "Close",
  },
  requestSummary: {
    title: "At a glance",
    carriedYourWords: "Requests that carried anything you wrote",
    carriedYourWordsHint:
      "Counted from the log below: only a model search sends words of yours (those typed in its search box).",
    carriedWhat: (conversations: number, searches: number) =>
      `${conversations} carried your conversations or documents; ${searches} ${searches === 1 ? "search" : "searches"} sent the words you typed in the model search box, and nothing else.`,
    total: (count: number, size: string) =>
      `${count} ${count === 1 ? "request" : "requests"} in all, ${size} received`,
    byHost: "Requests by host",
    byPurpose: "Requests by purpose",
    host: "Host",
    purpose: "Purpose",
    requests: "Requests",
    received: "Received",
  },
  requestTable: {
    label: "Network requests",
    scrollRegion: "Network requests (scrollable)",
    empty: "No network requests recorded.",
    time: "Time",
    host: "Host",
    path: "Path",
    size: "Size",
    purpose: "Purpose",
    unknownSize: "—",
    /** RequestPurpose codes, as the log stores them. */
    purposes: {
      "app file": "app file",
      "model file": "model file",
      "model library": "model library",
      "model search": "model search",
      other: "other",
    },
    redirectedTo: (target: string) => `Redirected to ${target}`,
    redirectRefused: "Redirected to a host that is not allowed: refused before anything was sent there",
    redirectDiscarded: (target: string) =>
      `Redirected to ${target}, which is not allowed: the browser followed it and the answer was discarded`,
  },
  /** Why a request or its redirect was refused (`RequestRefusal`), for model downloads and the add-a-model check. */
  requestRefusals: {
    redirectRefused: (file: string, host: string) =>
      `${host} answered ${file} with a redirect to a host that is not one of this app's model hosts. Sigilo refused to follow it: nothing was requested from that host.`,
    redirectDiscarded: (file: string, host: string, target: string) =>
      `${host} redirected ${file} to ${target}, which is not one of this app's model hosts. The browser followed the redirect; Sigilo discarded the answer.`,
    notHttp: (file: string) =>
      `The address of ${file} is not an http(s) address; Sigilo fetches model files from web servers only.`,
    credentials: (file: string, host: string) =>
      `The address of ${file} on ${host} contains a user name or password; Sigilo never sends credentials to a model host.`,
    hostNotAllowed: (file: string, host: string) =>
      `${host} is not one of this app's model hosts (asked for ${file}).`,
  },
  eraseEverything: {
    title: "Erase everything?",
    removes: "This permanently removes from this browser:",
    conversations: "all conversations and their messages,",
    settings: "your settings,",
    models: "every downloaded model (they would have to be downloaded again),",
    log: "the log of network requests.",
    irreversible: "This cannot be undone.",
    exportFirst: "Export your conversations first if you want to keep them.",
    cancel: "Cancel",
    confirm: "Erase everything",
    erasing: "Erasing…",
    failed: (reason: string) => `Erasing did not finish: ${reason}`,
    databaseInUse: (database: string) =>
      `“${database}” is still open in another Sigilo tab. Close other Sigilo tabs and try again.`,
    databaseNotDeleted: (database: string) => `Could not delete the database ${database}.`,
  },
  erased: {
    title: "Everything was erased",
    removedFrom: "Removed from this browser:",
    listLabel: "Removed",
    conversations: (count: number) =>
      `${count} ${count === 1 ? "conversation" : "conversations"} and their messages`,
    settings: "Your settings",
    models: (count: number, names: string) => `Downloaded ${count === 1 ? "model" : "models"}: ${names}`,
    noModels: "Downloaded models: none were stored",
    log: "The log of network requests",
    databases: (names: string) => `Browser databases: ${names}`,
    noDatabases: "Browser databases: none were left",
    caches: (names: string) => `Browser caches: ${names}`,
    appStays: "The app’s own files stay, so Sigilo still opens without a connection.",
    startAfresh: "Start afresh",
  },
};

/** English texts of the app shell and of the screens shown before or without the store; spread into `en`. */
export const enStartup = {
  startupProblem: {
    blocked: {
      title: "Sigilo is open in another tab",
      body: "Sigilo is updating how it stores your conversations, and another tab is still using the old version. Close the other Sigilo tabs; this page continues by itself.",
    },
    closed: {
      title: "Sigilo was updated in another tab",
      body: "Another tab opened a newer version of Sigilo's storage. Reload this page to continue; nothing has been lost.",
    },
    "storage-unavailable": {
      title: "This browser does not let Sigilo store data",
      body: "Sigilo keeps your conversations and the model in this browser's storage (IndexedDB), which is not available here. Private or incognito windows and some privacy settings turn it off. Open Sigilo in a normal window.",
    },
    reload: "Reload",
    details: "Technical details",
  },
  crash: {
    title: "Something went wrong",
    body: "Sigilo hit an unexpected problem. Your conversations are saved in this browser; reloading the page brings them back.",
    reload: "Reload",
    details: "Technical details",
  },
  rescueExport: {
    button: "Export conversations",
    exported: (count: number) => `Exported ${count} ${count === 1 ? "conversation" : "conversations"}.`,
    failed: (reason: string) => `Export failed: ${reason}`,
  },
  appShell: {
    /** The browser tab's title. */
    documentTitle: "Sigilo — private AI chat",
    offline: "Offline — stored models and chats still work.",
    install: "Install app",
  },
};

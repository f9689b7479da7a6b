/** English texts of the app's frame: the phone menu, the Settings dialog, following a reply; spread into `en`. */
export const enLayout = {
  drawer: {
    open: "Open menu",
    close: "Close menu",
  },
  settings: {
    open: "Settings",
    title: "Settings",
    sections: "Settings sections",
    close: "Close",
    appearance: "Appearance",
    appearanceHint: "How Sigilo looks and which language it speaks, remembered in this browser.",
    shortcutsHint: "Every action with a key, listed in one place.",
    conversations: "Conversations",
    conversationsHint:
      "Save your conversations as a file, or bring them back from a Sigilo or ChatGPT export. Files are made and read in this browser; nothing is uploaded.",
    models: "Models",
    modelsHint: "The models stored in this browser, the space they take, and models you added yourself.",
    privacy: "Privacy",
    privacyHint: "Every network request Sigilo made, and a way to erase everything it stored.",
    security: "Security",
    securityHint: "Lock your conversations with a passphrase, and lock them after a while away.",
  },
  followReply: {
    jumpToLatest: "Jump to latest",
  },
};

import type { AppShell } from "./AppShell";
import { isLibraryVersion } from "../../domain/libraryVersion";
import { LIBRARY_VERSION_QUESTION, type LibraryVersionAnswer } from "../../sw/messages";

/** A waiting worker answers at once; one from before the question existed never does. */
const ANSWER_WAIT_MS = 5_000;

/** Chromium's install offer; not in the DOM typings because other browsers do not have it. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

/**
 * The real browser: online/offline events, the install offer, and the service worker's registration
 * (through vite-plugin-pwa, loaded after first paint). Create it before the first render: the browser
 * may offer installation early, and the offer is an event that happens once.
 */
export function createBrowserAppShell(): AppShell & { registerServiceWorker(): void } {
  const listeners = {
    online: new Set<(online: boolean) => void>(),
    offer: new Set<(offered: boolean) => void>(),
  };
  const updateListeners = new Set<() => void>();
  let installOffer: BeforeInstallPromptEvent | undefined;
  let updateReady = false;
  let applyWaitingUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined;

  const setOffer = (offer: BeforeInstallPromptEvent | undefined) => {
    installOffer = offer;
    listeners.offer.forEach((listener) => listener(offer !== undefined));
  };
  window.addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault(); // the app shows its own Install button instead of the browser's banner
    setOffer(event as BeforeInstallPromptEvent);
  });
  window.addEventListener("appinstalled", () => setOffer(undefined));
  const notifyOnline = () => listeners.online.forEach((listener) => listener(navigator.onLine));
  window.addEventListener("online", notifyOnline);
  window.addEventListener("offline", notifyOnline);

  return {
    isOnline: () => navigator.onLine,
    onOnlineChange(listener) {
      listeners.online.add(listener);
      return () => listeners.online.delete(listener);
    },
    onInstallOfferChange(listener) {
      listeners.offer.add(listener);
      if (installOffer) listener(true);
      return () => listeners.offer.delete(listener);
    },
    async promptInstall() {
      const offer = installOffer;
      if (!offer) return "unavailable";
      setOffer(undefined); // an offer can be shown only once
      await offer.prompt();
      return (await offer.userChoice).outcome;
    },
    onUpdateReady(listener) {
      updateListeners.add(listener);
      if (updateReady) listener();
      return () => updateListeners.delete(listener);
    },
    async waitingLibraryVersion() {
      const waiting = (await navigator.serviceWorker?.getRegistration())?.waiting;
      return waiting ? askLibraryVersion(waiting) : undefined;
    },
    async applyUpdate() {
      if (!applyWaitingUpdate) return;
      // workbox-window reloads by itself only if a service worker already controlled the page when it
      // loaded; after a first visit it would not, so the reload is done here once the new version is in control.
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      await applyWaitingUpdate(true);
    },
    registerServiceWorker() {
      if (!("serviceWorker" in navigator)) return;
      const warn = (error: unknown) => console.warn("Sigilo: the service worker did not register", error);
      // Its chunk is fetched after the first paint: the connection may be gone by then (the next start retries).
      import("virtual:pwa-register")
        .then(({ registerSW }) => {
          applyWaitingUpdate = registerSW({
            immediate: true,
            onNeedRefresh() {
              updateReady = true;
              updateListeners.forEach((listener) => listener());
            },
            onRegisterError: warn,
          });
        })
        .catch(warn);
    },
  };
}

function askLibraryVersion(worker: ServiceWorker): Promise<string | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => finish(undefined), ANSWER_WAIT_MS);
    const finish = (version: string | undefined) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(version);
    };
    channel.port1.onmessage = (event: MessageEvent<Partial<LibraryVersionAnswer> | null>) => {
      const version = event.data?.libraryVersion;
      finish(isLibraryVersion(version) ? version : undefined);
    };
    worker.postMessage(LIBRARY_VERSION_QUESTION, [channel.port2]);
  });
}

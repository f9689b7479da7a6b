import { useEffect } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectIsStreaming } from "../../store/slices/chat/selectors";
import { selectVaultIdleMinutes } from "../../store/slices/vault/selectors";

const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "focus"] as const;
/** How often idleness is checked; by wall-clock time, so a sleeping laptop or a throttled tab still locks. */
const CHECK_EVERY_MS = 5_000;

/** Locks after the chosen number of minutes without keyboard, pointer or a reply being written. */
export function IdleLock() {
  const minutes = useAppStore(selectVaultIdleMinutes);
  const streaming = useAppStore(selectIsStreaming);
  const lockVault = useAppStore((state) => state.lockVault);

  useEffect(() => {
    // A reply being written counts as use; the countdown starts again when it ends.
    if (!minutes || streaming) return;
    let lastActivity = Date.now();
    const onActivity = () => (lastActivity = Date.now());
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    const timer = setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) void lockVault();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity));
    };
  }, [minutes, streaming, lockVault]);

  return null;
}

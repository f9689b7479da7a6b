import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import {
  rememberBootComposer,
  takeBootComposer,
  type BootComposerDraft,
  type BootComposerWords,
} from "../../app/bootShell";

/**
 * The message box of the first screen (index.html, before the app has started) hands over to the app's: once
 * this box can be written in, it takes the text, the caret and a message already sent there, before the next
 * paint, so nothing typed while the app started is lost or seen twice.
 */
export function useBootComposerHandover({
  ready,
  box,
  setText,
  send,
}: {
  ready: boolean;
  box: RefObject<HTMLTextAreaElement | null>;
  setText: (text: string) => void;
  send: (text: string) => void;
}): void {
  const pendingCaret = useRef<{ text: string; caret: NonNullable<BootComposerDraft["caret"]> }>(undefined);
  useLayoutEffect(() => {
    if (!ready) return;
    const draft = takeBootComposer();
    if (!draft) return;
    if (draft.sent !== undefined) send(draft.sent);
    // The first screen is outside React, and read once: its text becomes this box's before the next paint.
    if (draft.text !== "") setText(draft.text);
    if (draft.caret) pendingCaret.current = { text: draft.text, caret: draft.caret };
    // Once, when the box first can be written in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  // After the render that put the text in: the caret goes where it was.
  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    const element = box.current;
    if (!pending || !element || element.value !== pending.text) return;
    pendingCaret.current = undefined;
    element.focus();
    element.setSelectionRange(pending.caret.start, pending.caret.end);
  });
}

/** Describes this box to the next start's first screen while it is on screen (see bootShell.ts). */
export function useRememberBootComposer(words: BootComposerWords | undefined): void {
  const { lang, label, placeholder, send } = words ?? {};
  useEffect(() => {
    rememberBootComposer(
      lang !== undefined && label !== undefined && placeholder !== undefined && send !== undefined
        ? { lang, label, placeholder, send }
        : undefined,
    );
  }, [lang, label, placeholder, send]);
  // Gone from the screen (the model picker, the lock screen): the next start may not show it either.
  useEffect(() => () => rememberBootComposer(undefined), []);
}

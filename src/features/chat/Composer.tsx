import { useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectIsStreaming, selectSendMode } from "../../store/slices/chat/selectors";
import { selectModelIdInUse, selectModelLoad } from "../../store/slices/models/selectors";
import { useModelAuthor } from "./useModelAuthor";
import { focusTargetRef } from "../actions/focusTargets";
import { useT } from "../../i18n/useT";
import { AttachFilesButton } from "../documents/AttachFilesButton";
import { DocumentsButton } from "../documents/DocumentsButton";
import { usePastedFiles } from "../documents/useFileDrop";
import { Icon } from "../../app/Icon";
import { useMediaQuery } from "../../app/useMediaQuery";
import { NARROW_QUERY } from "../../app/useDrawer";
import { useMessageLengthGuard } from "./messageLength";
import { LengthRefusalNote } from "./LengthRefusalNote";
import { useBootComposerHandover, useRememberBootComposer } from "./useBootComposer";
import { selectVaultStatus } from "../../store/slices/vault/selectors";
import { shownLanguage } from "../../i18n/shownLanguage";

/** Lines the box grows to show, counted only up to `max` (a long text is not split on every key). */
function shownRows(text: string, max: number): number {
  let rows = 1;
  for (let at = text.indexOf("\n"); at !== -1 && rows < max; at = text.indexOf("\n", at + 1)) rows += 1;
  return rows;
}

/**
 * Enter sends, Shift+Enter starts a new line; while a reply streams, Stop replaces Send. While a model
 * loads the user can already write and send: the message waits and is answered once the model is ready.
 */
export function Composer() {
  const t = useT();
  const [text, setText] = useState("");
  const streaming = useAppStore(selectIsStreaming);
  const modelStatus = useAppStore((state) => selectModelLoad(state).status);
  const sendMessage = useAppStore((state) => state.sendMessage);
  const stopGenerating = useAppStore((state) => state.stopGenerating);
  const setPickerOpen = useAppStore((state) => state.setModelPickerOpen);
  const sendMode = useAppStore(selectSendMode);
  // While a message would wait ("wait"), this is the model loading; the next start restores it too.
  const modelName = useModelAuthor(useAppStore(selectModelIdInUse));
  const canWrite = sendMode !== "none";
  const box = useRef<HTMLTextAreaElement | null>(null);
  useBootComposerHandover({ ready: canWrite, box, setText, send: (message) => void sendMessage(message) });
  // The next start's first screen shows this box as it looks while the model loads (see app/bootShell.ts).
  const lockOff = useAppStore((state) => selectVaultStatus(state) === "off");
  useRememberBootComposer(
    canWrite && lockOff
      ? {
          lang: shownLanguage(),
          label: t.composer.message,
          placeholder: t.waitingMessage.placeholder(modelName),
          send: t.composer.send,
        }
      : undefined,
  );
  const pasteFiles = usePastedFiles();
  const { refusal, clearRefusal, guardProps } = useMessageLengthGuard(text);
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    pasteFiles(event);
    guardProps.onPaste(event);
  };
  // On a phone the keys hint does not fit (nor apply to most on-screen keyboards): the box says only what it is.
  const narrow = useMediaQuery(NARROW_QUERY);

  const send = () => {
    if (!canWrite || streaming || !text.trim()) return;
    void sendMessage(text);
    setText("");
    clearRefusal();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className="composer" onSubmit={onSubmit}>
      {/* One box, as a message is one thing: its tools, the text, and Send on the same row. */}
      <div className="composer-box">
        <AttachFilesButton />
        <DocumentsButton />
        <textarea
          ref={(element) => {
            box.current = element;
            focusTargetRef("composer")(element);
          }}
          aria-label={t.composer.message}
          placeholder={
            sendMode === "now"
              ? narrow
                ? t.composer.placeholderNarrow
                : t.composer.placeholderReady
              : sendMode === "wait"
                ? t.waitingMessage.placeholder(modelName)
                : t.composer.placeholderNoModel
          }
          value={text}
          rows={shownRows(text, 8)}
          {...guardProps}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          disabled={!canWrite}
        />
        {streaming ? (
          <button
            type="button"
            className="composer-send stop"
            title={t.composer.stop}
            onClick={stopGenerating}
          >
            <Icon name="stop" size={18} />
            <span className="sr-only">{t.composer.stop}</span>
          </button>
        ) : (
          <button
            type="submit"
            className="composer-send"
            title={t.composer.send}
            disabled={!canWrite || !text.trim()}
          >
            <Icon name="send" size={18} />
            <span className="sr-only">{t.composer.send}</span>
          </button>
        )}
      </div>
      {refusal && <LengthRefusalNote refusal={refusal} box="composer" />}
      {modelStatus === "idle" && (
        <button type="button" className="button" onClick={() => setPickerOpen(true)}>
          {t.composer.chooseModel}
        </button>
      )}
    </form>
  );
}

import { useRef } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { Icon } from "../../app/Icon";

/** Opens the file chooser; every chosen file is read and indexed for the open chat (or the next one). */
export function AttachFilesButton({ disabled }: { disabled?: boolean }) {
  const t = useT();
  const attachFiles = useAppStore((state) => state.attachFiles);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="composer-tool"
        title={t.attachments.attachFiles}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        <Icon name="paperclip" size={18} />
        <span className="sr-only">{t.attachments.attachFiles}</span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again is a new choice.
          event.target.value = "";
          if (files.length > 0) void attachFiles(files);
        }}
      />
    </>
  );
}

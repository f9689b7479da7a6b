import { useState, type ClipboardEvent, type DragEvent } from "react";
import { useAppStore } from "../../store/useAppStore";

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes("Files");
}

/**
 * Files dropped onto the chat are attached like chosen ones. `dragging` says whether files are held over
 * it, to show where they can go. Spread `dropProps` on the element that takes drops.
 */
export function useFileDrop() {
  const attachFiles = useAppStore((state) => state.attachFiles);
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    dropProps: {
      onDragOver(event: DragEvent) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      },
      onDragLeave(event: DragEvent) {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      },
      onDrop(event: DragEvent) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        void attachFiles([...event.dataTransfer.files]);
      },
    },
  };
}

/** Files pasted into the message box are attached; text pastes as usual. */
export function usePastedFiles() {
  const attachFiles = useAppStore((state) => state.attachFiles);
  return (event: ClipboardEvent) => {
    const files = [...event.clipboardData.files];
    if (files.length === 0) return;
    event.preventDefault();
    void attachFiles(files);
  };
}

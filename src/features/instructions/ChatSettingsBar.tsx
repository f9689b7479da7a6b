import "./instructions.css";
import { lazy, Suspense, useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import {
  selectAllPresets,
  selectGenerationSettings,
  selectSystemPrompt,
} from "../../store/slices/instructions/selectors";

// Loaded when first opened: most visits never change the settings.
const ChatSettingsDialog = lazy(() => import("./ChatSettingsDialog"));

/** One quiet line above the conversation: which instructions apply, and the way to change them. */
export function ChatSettingsBar() {
  const systemPrompt = useAppStore(selectSystemPrompt);
  const customSettings = useAppStore((state) => selectGenerationSettings(state) !== undefined);
  const presets = useAppStore(selectAllPresets);
  const [open, setOpen] = useState(false);
  const preset = systemPrompt && presets.find((candidate) => candidate.text === systemPrompt);
  const summary = [
    systemPrompt ? `System prompt: ${preset ? preset.name : "custom"}` : "No system prompt",
    customSettings ? "custom generation settings" : "default generation settings",
  ].join(" · ");

  return (
    <div className="chat-settings-bar">
      <span className="chat-settings-summary">{summary}</span>
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        Chat settings
      </button>
      {open && (
        <Suspense fallback={null}>
          <ChatSettingsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

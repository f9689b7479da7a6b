import type { ComponentType } from "react";
import type { Messages } from "../../../i18n/messages/en";
import { DefaultInstructionsSection } from "../../instructions/DefaultInstructionsSection";
import { AppearanceSection } from "./AppearanceSection";
import { ConversationsSection } from "./ConversationsSection";
import { ModelsSection } from "./ModelsSection";
import { PrivacySection } from "./PrivacySection";
import { SecuritySection } from "./SecuritySection";

export interface SettingsSectionEntry {
  /** The section element's id is `settings-<id>`. */
  id: string;
  title(t: Messages): string;
  Section: ComponentType;
}

/** The Settings dialog's sections, in the order its list shows them. */
export const SETTINGS_SECTIONS: readonly SettingsSectionEntry[] = [
  { id: "appearance", title: (t) => t.settings.appearance, Section: AppearanceSection },
  {
    id: "default-instructions",
    title: (t) => t.defaultInstructions.title,
    Section: DefaultInstructionsSection,
  },
  { id: "conversations", title: (t) => t.settings.conversations, Section: ConversationsSection },
  { id: "models", title: (t) => t.settings.models, Section: ModelsSection },
  { id: "privacy", title: (t) => t.settings.privacy, Section: PrivacySection },
  { id: "security", title: (t) => t.settings.security, Section: SecuritySection },
];

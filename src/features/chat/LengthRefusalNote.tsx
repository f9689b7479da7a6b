import { useLanguage, useT } from "../../i18n/useT";
import { MESSAGE_MAX_CHARS, type LengthRefusal } from "./messageLength";

/**
 * Why the text was refused, and the way out: a file, attached here (`box` "composer") or, from the edit box,
 * which attaches nothing, to a new message.
 */
export function LengthRefusalNote({ refusal, box }: { refusal: LengthRefusal; box: "composer" | "edit" }) {
  const t = useT();
  const language = useLanguage();
  const reason = refusal.how === "pasted" ? t.composer.tooLong : t.composer.tooLongDropped;
  const wayOut = box === "composer" ? t.composer.tooLongAttachInstead : t.composer.tooLongAttachToNewMessage;
  return (
    <p className="message-error" role="alert">
      {reason(refusal.length.toLocaleString(language), MESSAGE_MAX_CHARS.toLocaleString(language))} {wayOut}
    </p>
  );
}

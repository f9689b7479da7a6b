import { useLanguage, useT } from "../../i18n/useT";
import { MESSAGE_MAX_CHARS, type LengthRefusal } from "./messageLength";

/** Why the text was refused, and the way out (a file). */
export function LengthRefusalNote({ refusal }: { refusal: LengthRefusal }) {
  const t = useT();
  const language = useLanguage();
  const words = refusal.how === "pasted" ? t.composer.tooLong : t.composer.tooLongDropped;
  return (
    <p className="message-error" role="alert">
      {words(refusal.length.toLocaleString(language), MESSAGE_MAX_CHARS.toLocaleString(language))}
    </p>
  );
}

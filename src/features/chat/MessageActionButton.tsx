import type { ButtonHTMLAttributes } from "react";
import { Icon, type IconName } from "../../app/Icon";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { icon: IconName; label: string };

/**
 * An action under a message, drawn as an icon. Its name stays the words (read by screen readers, shown as a
 * tooltip, and what tests and users find it by), so icons change how it looks, never what it is called.
 */
export function MessageActionButton({ icon, label, ...button }: Props) {
  return (
    <button type="button" className="message-action" title={label} {...button}>
      <Icon name={icon} />
      <span className="sr-only">{label}</span>
    </button>
  );
}

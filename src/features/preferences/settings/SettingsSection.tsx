import type { ReactNode } from "react";

/** One titled part of the Settings dialog: a heading, a sentence on what it is for, then its controls. */
export function SettingsSection({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <section className="settings-section" id={`settings-${id}`} aria-labelledby={`settings-${id}-title`}>
      <h3 id={`settings-${id}-title`} tabIndex={-1}>
        {title}
      </h3>
      <p className="hint">{hint}</p>
      <div className="settings-controls">{children}</div>
    </section>
  );
}

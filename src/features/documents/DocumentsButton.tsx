import { lazy, Suspense, useState } from "react";
import { useT } from "../../i18n/useT";
import { Icon } from "../../app/Icon";

// Opened on demand: the library's table and its search-by-meaning panel load when first opened.
const DocumentsDialog = lazy(() => import("./DocumentsDialog"));

/** Opens the library; lives beside the message box (the lead may move it into Settings). */
export function DocumentsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="composer-tool"
        title={t.documentsPanel.open}
        onClick={() => setOpen(true)}
      >
        <Icon name="document" size={18} />
        <span className="sr-only">{t.documentsPanel.open}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <DocumentsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

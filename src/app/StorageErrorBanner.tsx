import { useAppStore } from "../store/useAppStore";
import { useT } from "../i18n/useT";

export function StorageErrorBanner({ message }: { message: string }) {
  const t = useT();
  const dismiss = useAppStore((state) => state.dismissStorageError);
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
      <button type="button" className="button small" onClick={dismiss}>
        {t.storageError.dismiss}
      </button>
    </div>
  );
}

import { useAppStore } from "../store/useAppStore";
import type { StorageSaveError } from "../store/slices/environment/environmentSlice";
import { useT } from "../i18n/useT";

export function StorageErrorBanner({ error }: { error: StorageSaveError }) {
  const t = useT();
  const dismiss = useAppStore((state) => state.dismissStorageError);
  return (
    <div className="banner banner-error" role="alert">
      <span>
        {error.code === "storage-full"
          ? t.storageSaveError.storageFull
          : t.storageSaveError.saveFailed(error.detail)}
      </span>
      <button type="button" className="button small" onClick={dismiss}>
        {t.storageError.dismiss}
      </button>
    </div>
  );
}

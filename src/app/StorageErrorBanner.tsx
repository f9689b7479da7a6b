import { useAppStore } from "../store/useAppStore";

export function StorageErrorBanner({ message }: { message: string }) {
  const dismiss = useAppStore((state) => state.dismissStorageError);
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
      <button type="button" className="button small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

import { useAppStore } from "../../store/useAppStore";
import { selectEngineOwnership } from "../../store/slices/tabs/selectors";
import { useT } from "../../i18n/useT";

/** Another tab runs the model: say so, and offer to run it here instead. */
export function EngineBusyNotice() {
  const t = useT();
  const ownership = useAppStore(selectEngineOwnership);
  const takeOverEngine = useAppStore((state) => state.takeOverEngine);
  const heading = ownership === "taken-over" ? t.engineBusy.takenOver : t.engineBusy.busy;
  return (
    <section className="no-webgpu" aria-labelledby="engine-busy-title">
      <h2 id="engine-busy-title">{heading}</h2>
      <p>{t.engineBusy.explanation}</p>
      <button type="button" className="button primary" onClick={() => void takeOverEngine()}>
        {t.engineBusy.useHere}
      </button>
    </section>
  );
}

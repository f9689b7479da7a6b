import { useAppStore } from "../../store/useAppStore";
import { selectEngineOwnership } from "../../store/slices/tabs/selectors";

/** Another tab runs the model: say so, and offer to run it here instead. */
export function EngineBusyNotice() {
  const ownership = useAppStore(selectEngineOwnership);
  const takeOverEngine = useAppStore((state) => state.takeOverEngine);
  const heading =
    ownership === "taken-over"
      ? "The model was taken over by another tab"
      : "The model is busy in another tab";
  return (
    <section className="no-webgpu" aria-labelledby="engine-busy-title">
      <h2 id="engine-busy-title">{heading}</h2>
      <p>
        Only one Sigilo tab runs the model at a time, so two copies never compete for your GPU&apos;s memory.
        Your conversations can be read here and stay in sync with the other tab.
      </p>
      <button type="button" className="button primary" onClick={() => void takeOverEngine()}>
        Use here
      </button>
    </section>
  );
}

import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./ErrorBoundary";
import { StartupProblem } from "./StartupProblem";

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function browserSpeaks(...languages: string[]) {
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

function Crash(): never {
  throw new Error("render failed");
}

describe("screens shown without the store", () => {
  it("a start-up problem follows the browser's language", () => {
    browserSpeaks("pt-BR", "en");
    render(<StartupProblem kind="storage-unavailable" detail="SecurityError" />);
    expect(screen.getByRole("heading").textContent).toBe("Este navegador não deixa o Sigilo guardar dados");
    expect(screen.getByRole("alert").getAttribute("lang")).toBe("pt-BR");
    expect(screen.getByRole("button", { name: "Recarregar" })).toBeTruthy();
    expect(screen.getByText("Detalhes técnicos")).toBeTruthy();
  });

  it("a start-up problem follows the user's choice when the app knew it", () => {
    browserSpeaks("pt-BR");
    render(<StartupProblem kind="closed" languageChoice="en" />);
    expect(screen.getByRole("heading").textContent).toBe("Sigilo was updated in another tab");
    expect(screen.getByRole("alert").getAttribute("lang")).toBe("en");
  });

  it("the crash screen speaks the chosen language, rescue export included", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    browserSpeaks("en-US");
    render(
      <ErrorBoundary
        languageChoice={() => "pt-BR"}
        exportConversations={async () => Promise.reject(new Error("no store"))}
      >
        <Crash />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading").textContent).toBe("Algo deu errado");
    expect(screen.getByRole("button", { name: "Recarregar" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Exportar conversas" })).toBeTruthy();
    expect(screen.getByText("render failed")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Exportar conversas" }));
    expect((await screen.findByRole("status")).textContent).toBe("A exportação falhou: no store");
  });

  it("the crash screen falls back to the browser's language", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    browserSpeaks("de", "en");
    render(
      <ErrorBoundary>
        <Crash />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading").textContent).toBe("Something went wrong");
  });
});

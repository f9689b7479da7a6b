import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { LANGUAGE_SETTING, THEME_SETTING } from "./preferencesSlice";

describe("preferences slice", () => {
  it("remembers the theme choice across starts and ignores an unreadable one", async () => {
    const name = "sigilo-preferences-theme";
    const first = await createTestStore(undefined, name);
    expect(first.store.getState().theme).toBe("system");
    first.store.getState().setTheme("dark");
    await settle();

    const second = await createTestStore(undefined, name);
    await second.store.getState().loadPreferences();
    expect(second.store.getState().theme).toBe("dark");

    await second.storage.settings.set(THEME_SETTING, "purple");
    const third = await createTestStore(undefined, name);
    await third.store.getState().loadPreferences();
    expect(third.store.getState().theme).toBe("system");
  });

  it("remembers the language choice across starts and ignores an unknown one", async () => {
    const name = "sigilo-preferences-language";
    const first = await createTestStore(undefined, name);
    expect(first.store.getState().language).toBe("auto");
    first.store.getState().setLanguage("pt-BR");
    await settle();

    const second = await createTestStore(undefined, name);
    await second.store.getState().loadPreferences();
    expect(second.store.getState().language).toBe("pt-BR");

    await second.storage.settings.set(LANGUAGE_SETTING, "klingon");
    const third = await createTestStore(undefined, name);
    await third.store.getState().loadPreferences();
    expect(third.store.getState().language).toBe("auto");
  });
});

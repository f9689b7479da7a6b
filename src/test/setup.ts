import "fake-indexeddb/auto";
import { loadDictionary } from "../i18n/dictionaries";

// The app loads the dictionary in use before its first render (main.tsx); tests render with both at hand.
await Promise.all([loadDictionary("en"), loadDictionary("pt-BR")]);

import { nameModel } from "../../domain/modelNaming";
import { useT } from "../../i18n/useT";
import { selectCustomModelCards } from "../../store/slices/customModels/selectors";
import { useAppStore } from "../../store/useAppStore";

/**
 * The name of the model that wrote a reply, for its author line and details: catalog and added models
 * by their name, a removed added model by what is left of its name, an unknown id as it is.
 */
export function useModelAuthor(modelId: string | undefined): string {
  const t = useT();
  const naming = nameModel(useAppStore(selectCustomModelCards), modelId);
  switch (naming.kind) {
    case "known":
      return naming.name;
    case "removed":
      return t.messageAuthor.removedModel(naming.shortName);
    case "imported":
      return naming.model
        ? t.messageAuthor.importedModel(naming.model)
        : t.messageAuthor.importedUnknownModel;
    case "unknown":
      return naming.modelId;
    case "none":
      return t.chat.assistant;
  }
}

import type { ModelDescription } from "../../domain/modelCatalog";
import type { CannotRunReason, SlowReason } from "../../domain/modelFit";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";

const MIB = 1024 * 1024;

/** Why a model may be slow or cannot run here, in words; sizes in whole megabytes, as the card shows them. */
export function describeFitReason(
  t: Messages,
  language: Language,
  reason: CannotRunReason | SlowReason,
): string {
  const megabytes = (bytes: number) =>
    `${Math.round(bytes / MIB).toLocaleString(language, { useGrouping: false })} MB`;
  switch (reason.code) {
    case "storage":
      return t.fitReasons.storage(megabytes(reason.neededBytes), megabytes(reason.freeBytes));
    case "shader-f16":
      return t.fitReasons.shaderF16;
    case "buffer-size":
      return t.fitReasons.bufferSize(megabytes(reason.neededBytes), megabytes(reason.allowedBytes));
    case "software-gpu":
      return reason.largeModel ? t.fitReasons.softwareGpuLarge : t.fitReasons.softwareGpu;
    case "large-model":
      return t.fitReasons.largeModel(
        (reason.vramMB / 1024).toLocaleString(language, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
      );
  }
}

/** The card's one-line description. */
export function describeModel(t: Messages, description: ModelDescription): string {
  switch (description.kind) {
    case "catalog":
      return t.modelDescriptions[description.key];
    case "custom":
      return t.modelDescriptions.custom(description.modelType, description.modelUrl);
    case "imported":
      return t.modelDescriptions.imported(description.modelType);
  }
}

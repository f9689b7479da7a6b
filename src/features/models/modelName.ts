import { findModel } from "../../domain/modelCatalog";

/** The catalog name of a model, or its id when the app no longer knows it. */
export function modelName(modelId: string): string {
  return findModel(modelId)?.name ?? modelId;
}

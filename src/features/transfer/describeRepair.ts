import type { TreeRepair } from "../../domain/treeIntegrity";
import type { Messages } from "../../i18n/messages/en";

/** What a tree repair changed, as clauses joined for a sentence ("… was cut out of the loop; …"). */
export function describeRepair(t: Messages, repair: TreeRepair): string {
  const texts = t.treeRepair;
  return [
    repair.loopsCut > 0 && texts.loopsCut(repair.loopsCut),
    repair.reattached > 0 && texts.reattached(repair.reattached),
    repair.leftOut > 0 && texts.leftOut(repair.leftOut),
    repair.leafReset && texts.leafReset,
  ]
    .filter(Boolean)
    .join("; ");
}

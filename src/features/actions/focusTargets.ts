/**
 * Elements a shortcut can move the keyboard focus to. Components register theirs with `focusTargetRef`, so an
 * action can focus the composer or the search box without reaching into the DOM by selectors.
 */
export type FocusTarget = "composer" | "search";

const targets = new Map<FocusTarget, HTMLElement>();

/** A ref callback for the element that answers to `name`. */
export function focusTargetRef(name: FocusTarget) {
  return (element: HTMLElement | null) => {
    if (element) targets.set(name, element);
    else if (targets.get(name)) targets.delete(name);
  };
}

/** Focuses (and selects the text of) the target; false when it is not on screen or cannot take focus. */
export function focusTarget(name: FocusTarget): boolean {
  const element = targets.get(name);
  if (!element || !element.isConnected || (element as HTMLInputElement).disabled) return false;
  element.focus();
  if (element instanceof HTMLInputElement) element.select();
  return document.activeElement === element;
}

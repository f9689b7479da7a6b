import { useLayoutEffect, useState, type RefObject } from "react";

export interface ScrollContainer {
  element: HTMLElement | null;
  /** How far below the top of the container's scrolled content the list starts (what sits above it). */
  offset: number;
}

/**
 * The element the list scrolls in, and where the list starts inside it. On wide screens the conversation list
 * scrolls on its own; on narrow ones the whole sidebar scrolls (see app.css), so the list starts below the
 * header and the search box, whose height changes as search results come and go.
 */
export function useScrollContainer(list: RefObject<HTMLElement | null>): ScrollContainer {
  const [container, setContainer] = useState<ScrollContainer>({ element: null, offset: 0 });

  useLayoutEffect(() => {
    const listElement = list.current;
    if (!listElement) return;
    const measure = () => {
      const element = scrollingAncestor(listElement);
      const offset = element
        ? listElement.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop
        : 0;
      setContainer((previous) =>
        previous.element === element && Math.abs(previous.offset - offset) < 0.5
          ? previous
          : { element, offset },
      );
    };
    measure();
    // The layout switches with the window's width; what sits above the list changes with its own content.
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    for (let element: HTMLElement | null = listElement; element; element = element.parentElement) {
      for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        observer.observe(sibling);
      }
      if (element.classList.contains("sidebar")) break;
    }
    return () => observer.disconnect();
  }, [list]);

  return container;
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === "auto" || overflowY === "scroll") return parent;
  }
  return null;
}

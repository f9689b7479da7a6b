import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";

/**
 * The height of one row of `list`, as laid out (all rows share it: one line of title, ellipsised), starting from
 * `guess` until a row is on screen; `onChange` is called when a measurement differs. A virtual list that places
 * the rows not yet seen at a guessed height a pixel and a half off (38 px for 36.6) is thousands of pixels too
 * long or short over 10,000 rows, so scrolling to its bottom stopped short of the last conversation. A row is
 * read once it is on screen and again when the window changes (a zoom, a new font size), not on every render:
 * each read forces a layout while the list scrolls.
 */
export function useRowHeight(
  list: RefObject<HTMLElement | null>,
  guess: number,
  onChange: () => void,
): RefObject<number> {
  const height = useRef(guess);
  const measured = useRef(false);
  const [, setWindowChanges] = useState(0);

  useEffect(() => {
    const remeasure = () => {
      measured.current = false;
      setWindowChanges((count) => count + 1);
    };
    window.addEventListener("resize", remeasure);
    return () => window.removeEventListener("resize", remeasure);
  }, []);

  useLayoutEffect(() => {
    if (measured.current) return;
    // A row being renamed holds a text field, which may be taller: not the height the others share.
    const row = list.current?.querySelector(":scope > li:not(:has(input))");
    const rowHeight = row?.getBoundingClientRect().height;
    if (!rowHeight) return;
    measured.current = true;
    if (Math.abs(rowHeight - height.current) <= 0.01) return;
    height.current = rowHeight;
    onChange();
  });
  return height;
}

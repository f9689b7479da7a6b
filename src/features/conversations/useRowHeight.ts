import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * The height of one row of `list`, as laid out (all rows share it: one line of title, ellipsised), starting from
 * `guess` until a row is on screen; `onChange` is called when a measurement differs. A virtual list that places
 * the rows not yet seen at a guessed height a pixel and a half off (38 px for 36.6) is thousands of pixels too
 * long or short over 10,000 rows, so scrolling to its bottom stopped short of the last conversation. Read after
 * each render, so a new font size is followed too.
 */
export function useRowHeight(
  list: RefObject<HTMLElement | null>,
  guess: number,
  onChange: () => void,
): RefObject<number> {
  const height = useRef(guess);
  useLayoutEffect(() => {
    // A row being renamed holds a text field, which may be taller: not the height the others share.
    const row = list.current?.querySelector(":scope > li:not(:has(input))");
    const measured = row?.getBoundingClientRect().height;
    if (!measured || Math.abs(measured - height.current) <= 0.01) return;
    height.current = measured;
    onChange();
  });
  return height;
}

import * as React from "react";

/**
 * The element's width (px, border box), following every resize; undefined until measured, and
 * where the browser has no ResizeObserver. Resize callbacks run after layout and before
 * paint, so a new width is drawn in the same frame.
 */
export function useElementWidth(element: HTMLElement | null): number | undefined {
  const [width, setWidth] = React.useState<number>();
  React.useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === "undefined") return undefined;
    const measure = () => setWidth(element.getBoundingClientRect().width || undefined);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

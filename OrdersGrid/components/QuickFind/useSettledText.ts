import * as React from "react";

/**
 * How long typing must pause before a search counts (ms): then `searchText` and OnSearch
 * reach the app and a source that searches where the data is asks again. "abc" typed at a
 * normal pace is one search, not three.
 */
export const SEARCH_PAUSE_MS = 300;

/** `text` once it has not changed for `pauseMs`; a cleared text at once (nothing to wait for). */
export function useSettledText(text: string, pauseMs: number = SEARCH_PAUSE_MS): string {
  const [settled, setSettled] = React.useState(text);
  React.useEffect(() => {
    if (text === settled) return undefined;
    const timer = setTimeout(() => setSettled(text), text === "" ? 0 : pauseMs);
    return () => clearTimeout(timer);
  }, [text, settled, pauseMs]);
  return text === "" ? "" : settled;
}

import { makeStyles } from "@fluentui/react-components";
import * as React from "react";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { visuallyHidden } from "../visuallyHidden";

const useStyles = makeStyles({
  hidden: visuallyHidden,
});

export interface LoadAnnouncerProps {
  readonly count: number;
  readonly hasMore: boolean;
  /** Nothing is announced while a page is loading; the news comes when it is in. */
  readonly busy: boolean;
  /**
   * Which list is shown (the source's key). A different list, or the same one loading from its
   * first page again (Refresh), is announced as new: what came before is no baseline for it.
   */
  readonly listKey: string;
  readonly startingOver: boolean;
  readonly strings: Strings;
  readonly formatCount: (value: number) => string;
}

interface Announced {
  readonly listKey: string;
  readonly count: number;
  readonly hasMore: boolean;
  readonly text: string;
}

function announcement(previous: number, count: number, hasMore: boolean, strings: Strings, formatCount: (value: number) => string): string {
  if (!hasMore) return fillTemplate(strings.Announce_End, formatCount(count));
  if (previous === 0 || count < previous) return fillTemplate(strings.Announce_Loaded, formatCount(count));
  return fillTemplate(strings.Announce_MoreLoaded, formatCount(count - previous), formatCount(count));
}

/**
 * A polite live region that tells screen reader users what the eye sees in the footer:
 * "More orders loaded: 50, 150 in all", and the end of the list. Errors announce themselves
 * (the notification is an alert).
 */
export function LoadAnnouncer({ count, hasMore, busy, listKey, startingOver, strings, formatCount }: LoadAnnouncerProps): React.ReactElement {
  const styles = useStyles();
  const [announced, setAnnounced] = React.useState<Announced>({ listKey, count: 0, hasMore: true, text: "" });
  // A new list starts from nothing, and what was said about the old one no longer holds.
  const newList = listKey !== announced.listKey || (startingOver && announced.count > 0);
  const baseline: Announced = newList ? { listKey, count: 0, hasMore: true, text: "" } : announced;
  let next = baseline;
  if (!busy && count > 0 && (count !== baseline.count || hasMore !== baseline.hasMore)) {
    next = { listKey, count, hasMore, text: announcement(baseline.count, count, hasMore, strings, formatCount) };
  }
  if (next !== announced) setAnnounced(next);
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {next.text}
    </div>
  );
}

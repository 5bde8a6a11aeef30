import { makeStyles } from "@fluentui/react-components";
import * as React from "react";
import { fillTemplate, type Strings } from "../../strings/stringKeys";

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

export interface LoadAnnouncerProps {
  readonly count: number;
  readonly hasMore: boolean;
  /** Nothing is announced while a page is loading; the news comes when it is in. */
  readonly busy: boolean;
  readonly strings: Strings;
}

function announcement(previous: number, count: number, hasMore: boolean, strings: Strings): string {
  if (!hasMore && count > 0) return fillTemplate(strings.Announce_End, count);
  if (previous === 0) return fillTemplate(strings.Announce_Loaded, count);
  return fillTemplate(strings.Announce_MoreLoaded, count - previous, count);
}

/**
 * A polite live region that tells screen reader users what the eye sees in the footer:
 * "More orders loaded: 50, 150 in all", and the end of the list. Errors announce themselves
 * (the notification is an alert).
 */
export function LoadAnnouncer({ count, hasMore, busy, strings }: LoadAnnouncerProps): React.ReactElement {
  const styles = useStyles();
  const [announced, setAnnounced] = React.useState({ count: 0, hasMore: true, text: "" });
  if (!busy && count > 0 && (count !== announced.count || hasMore !== announced.hasMore)) {
    setAnnounced({ count, hasMore, text: announcement(announced.count, count, hasMore, strings) });
  }
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {announced.text}
    </div>
  );
}

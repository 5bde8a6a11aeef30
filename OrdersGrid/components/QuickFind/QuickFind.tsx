import { makeStyles, SearchBox, tokens, useId } from "@fluentui/react-components";
import * as React from "react";
import type { Strings } from "../../strings/stringKeys";

/** The search bar's height (px): what the grid's body gives up for it. */
export const SEARCH_BAR_HEIGHT = 40;

const useStyles = makeStyles({
  bar: {
    height: `${SEARCH_BAR_HEIGHT}px`,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    flexShrink: 0,
    minWidth: "0",
  },
  // Shrinks with the control, down to nothing but its icon and a few letters; never wider than the bar.
  box: { flex: "0 1 280px", minWidth: "0" },
  status: {
    flex: "1 1 0px",
    minWidth: "0",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface QuickFindProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** "12 of 300 loaded orders match"; blank while nothing is searched. */
  readonly status: string;
  /** The user is about to search: a moment to prepare the loaded rows. */
  readonly onFocus?: (() => void) | undefined;
  /** The input element: focus goes back to it after a Clear elsewhere. */
  readonly inputRef?: React.Ref<HTMLInputElement> | undefined;
  readonly strings: Strings;
}

/**
 * The search box over the grid and what it found; Esc clears it. Memoized: a page arriving
 * re-renders the panel, and the box has nothing new to show then.
 */
export const QuickFind = React.memo(function QuickFind({ value, onChange, status, onFocus, inputRef, strings }: QuickFindProps): React.ReactElement {
  const styles = useStyles();
  const statusId = useId("orders-search-status");
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    // An empty box leaves Esc to the host (a dialog, a panel around the control).
    if (event.key !== "Escape" || value === "") return;
    event.preventDefault();
    event.stopPropagation();
    onChange("");
  };
  return (
    <div className={styles.bar} role="search">
      <SearchBox
        ref={inputRef}
        className={styles.box}
        value={value}
        onChange={(_event, data) => onChange(data.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        aria-label={strings.Search_Label}
        aria-describedby={statusId}
        placeholder={strings.Search_Placeholder}
        dismiss={{ "aria-label": strings.Search_Clear, title: strings.Search_Clear }}
      />
      {/* Polite and atomic: the count is read once the user pauses, not letter by letter. */}
      <span id={statusId} className={styles.status} role="status" aria-live="polite" aria-atomic="true" title={status || undefined} data-testid="search-status">
        {status}
      </span>
    </div>
  );
});

import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { RetryPlan } from "../../query/useOrdersQuery";
import { fillTemplate, type Strings } from "../../strings/stringKeys";

export type FooterState =
  | { readonly kind: "loaded"; readonly count: number; readonly sortedSoFar?: boolean }
  | { readonly kind: "loadingMore"; readonly count: number }
  | { readonly kind: "loadingAll"; readonly count: number }
  | { readonly kind: "refreshing" }
  | { readonly kind: "retrying"; readonly retry: RetryPlan }
  | { readonly kind: "end"; readonly count: number };

export const FOOTER_HEIGHT = 32;

const useStyles = makeStyles({
  footer: {
    height: `${FOOTER_HEIGHT}px`,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: "border-box",
    flexShrink: 0,
  },
  text: { flexGrow: 1, overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
  // At the narrowest widths the status line gives way (it ellipsizes), never the action's label.
  action: { flexShrink: 0 },
});

/** The current time, ticking from mount: drives the retry countdown. */
function useNow(): number {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return now;
}

type RetryingState = Extract<FooterState, { kind: "retrying" }>;

type FormatCount = (value: number) => string;

/** "Retrying in 3 s", counting down; mounted only while a retry is pending. */
function RetryCountdown({ retry, strings, formatCount }: { readonly retry: RetryPlan; readonly strings: Strings; readonly formatCount: FormatCount }): React.ReactElement {
  const attempt = formatCount(retry.attempt);
  const of = formatCount(retry.of);
  const seconds = Math.ceil((retry.at - useNow()) / 1000);
  let text: string;
  if (seconds <= 0) text = fillTemplate(strings.Footer_Retrying, attempt, of);
  else if (retry.error.kind === "throttled") text = fillTemplate(strings.Footer_Throttled, formatCount(seconds));
  else text = fillTemplate(strings.Footer_RetryingIn, formatCount(seconds), attempt, of);
  return <>{text}</>;
}

function describe(state: Exclude<FooterState, RetryingState>, strings: Strings, formatCount: FormatCount): string {
  switch (state.kind) {
    case "loaded":
      // More pages exist and the grid sorted only the rows it has: it says so.
      return fillTemplate(state.sortedSoFar ? strings.Footer_SortedLoaded : strings.Footer_Loaded, formatCount(state.count));
    case "loadingMore":
      return strings.Footer_LoadingMore;
    case "loadingAll":
      return fillTemplate(strings.Footer_LoadingAll, formatCount(state.count));
    case "refreshing":
      return strings.Footer_Refreshing;
    case "end":
      return fillTemplate(strings.Footer_End, formatCount(state.count));
  }
}

export interface StatusFooterProps {
  readonly state: FooterState;
  readonly strings: Strings;
  /** Counts in the user's locale. */
  readonly formatCount: FormatCount;
  /** Reloads from page 1; the button shows while nothing is loading. */
  readonly onRefresh?: (() => void) | undefined;
  /** Starts Load all; the button shows while more pages exist and nothing is loading. */
  readonly onLoadAll?: (() => void) | undefined;
  /** Stops Load all; the button shows while it runs (state `loadingAll`, or a retry during it). */
  readonly onCancelLoadAll?: (() => void) | undefined;
  /**
   * Room for one action only (a narrow control): Load all, while it is offered, takes the
   * place of Refresh.
   */
  readonly compact?: boolean;
  /** Shown after the status line, before the actions: what the panel adds (the selection's count, Export). */
  readonly children?: React.ReactNode;
}

/** One line under the grid: how many orders are loaded, loading, retrying (with a countdown), or the end of the list. */
export function StatusFooter({ state, strings, formatCount, onRefresh, onLoadAll, onCancelLoadAll, compact = false, children }: StatusFooterProps): React.ReactElement {
  const styles = useStyles();
  const busy = state.kind === "loadingMore" || state.kind === "loadingAll" || state.kind === "retrying" || state.kind === "refreshing";
  const loadAll = !busy && onLoadAll;
  const refresh = !busy && !(compact && loadAll) && onRefresh;
  return (
    <div className={styles.footer} data-footer-state={state.kind}>
      {busy && <Spinner size="extra-tiny" />}
      {/* Not a live region: LoadAnnouncer speaks for the list, and a countdown would be read out every second. */}
      <span className={styles.text} data-testid="footer-text">
        {state.kind === "retrying" ? <RetryCountdown retry={state.retry} strings={strings} formatCount={formatCount} /> : describe(state, strings, formatCount)}
      </span>
      {children}
      {onCancelLoadAll && (
        <Button appearance="subtle" size="small" className={styles.action} onClick={onCancelLoadAll}>
          {strings.Action_Cancel}
        </Button>
      )}
      {loadAll && (
        <Button appearance="subtle" size="small" className={styles.action} onClick={loadAll}>
          {strings.Action_LoadAll}
        </Button>
      )}
      {refresh && (
        <Button appearance="subtle" size="small" className={styles.action} onClick={refresh}>
          {strings.Action_Refresh}
        </Button>
      )}
    </div>
  );
}

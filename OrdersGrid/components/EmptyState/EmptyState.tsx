import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    flexGrow: 1,
  },
});

export interface EmptyStateProps {
  readonly title: string;
  readonly body?: string | undefined;
  /** Identifies the state for app makers' tests and ours. */
  readonly state: "empty" | "notConfigured" | "invalidUrl" | "noMatch";
  /** What the user can do about it (a Clear button). */
  readonly children?: React.ReactNode;
}

/** A message in place of the grid: no orders, or what the app maker must set first. */
export function EmptyState({ title, body, state, children }: EmptyStateProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root} data-grid-state={state} role="status">
      <Subtitle2>{title}</Subtitle2>
      {body && <Body1>{body}</Body1>}
      {children}
    </div>
  );
}

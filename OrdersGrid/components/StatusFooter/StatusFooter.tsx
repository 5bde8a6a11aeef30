import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fillTemplate, type Strings } from "../../strings/stringKeys";

export type FooterState =
  | { readonly kind: "loaded"; readonly count: number }
  | { readonly kind: "loadingMore"; readonly count: number }
  | { readonly kind: "retrying"; readonly attempt: number; readonly of: number }
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
});

function describe(state: FooterState, strings: Strings): string {
  switch (state.kind) {
    case "loaded":
      return fillTemplate(strings.Footer_Loaded, state.count);
    case "loadingMore":
      return strings.Footer_LoadingMore;
    case "retrying":
      return fillTemplate(strings.Footer_Retrying, state.attempt, state.of);
    case "end":
      return fillTemplate(strings.Footer_End, state.count);
  }
}

/** One line under the grid: how many orders are loaded, loading, retrying, or the end of the list. */
export function StatusFooter({ state, strings }: { readonly state: FooterState; readonly strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const busy = state.kind === "loadingMore" || state.kind === "retrying";
  return (
    <div className={styles.footer} role="status" aria-live="polite" data-footer-state={state.kind}>
      {busy && <Spinner size="extra-tiny" />}
      <span>{describe(state, strings)}</span>
    </div>
  );
}

import * as React from "react";
import type { GridStatus } from "../../host/ControlOutputs";
import type { ConfigurationErrorCode } from "../../sources/selectSource";
import { EmptyState } from "../EmptyState/EmptyState";

export interface NotConfiguredProps {
  readonly state: "notConfigured" | "invalidUrl";
  readonly code: ConfigurationErrorCode;
  readonly title: string;
  /** What the app maker must fix, as the hint reads. */
  readonly hint: string;
  readonly onStatusChange: (status: GridStatus) => void;
}

/**
 * The hint for the app maker in place of the grid, reported as what is on screen: no orders,
 * no more to load, and the configuration error (a new one, hence OnError, when it changes).
 */
export function NotConfigured({ state, code, title, hint, onStatusChange }: NotConfiguredProps): React.ReactElement {
  const error = React.useMemo(() => ({ code, message: hint, requestId: "" }), [code, hint]);
  React.useEffect(() => {
    onStatusChange({ loadedCount: 0, hasMore: false, error });
  }, [error, onStatusChange]);
  return <EmptyState state={state} title={title} body={hint} />;
}

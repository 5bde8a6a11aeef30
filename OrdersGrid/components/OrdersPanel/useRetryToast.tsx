import { Toast, ToastBody, ToastTitle, useToastController } from "@fluentui/react-components";
import * as React from "react";
import type { RetryPlan } from "../../query/useOrdersQuery";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { presentError } from "../ErrorNotification/errorPresentation";

/**
 * Tells the user once, in a toast, that loading hit a transient failure and will retry by
 * itself; the footer then counts down. A failure that stops loading gets the inline
 * notification instead.
 */
export function useRetryToast(toasterId: string, retrying: RetryPlan | null, strings: Strings): void {
  const { dispatchToast } = useToastController(toasterId);
  React.useEffect(() => {
    if (!retrying) return;
    const seconds = Math.max(1, Math.ceil((retrying.at - Date.now()) / 1000));
    dispatchToast(
      <Toast>
        <ToastTitle>{presentError(retrying.error, strings).title}</ToastTitle>
        <ToastBody>{fillTemplate(strings.Toast_Retrying, seconds)}</ToastBody>
      </Toast>,
      { intent: "warning", timeout: Math.min(8000, Math.max(3000, seconds * 1000)) },
    );
    // Once per failed request (each has a new plan), not on every render or countdown tick.
  }, [retrying, dispatchToast, strings]);
}

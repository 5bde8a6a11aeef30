import { Toast, ToastBody, ToastTitle, useToastController } from "@fluentui/react-components";
import * as React from "react";
import type { RetryPlan } from "../../query/useOrdersQuery";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { presentError } from "../ErrorNotification/errorPresentation";

/**
 * Tells the user once per failed request, in a toast, that loading hit a transient failure and
 * will retry by itself; the footer then counts down. The toast goes as soon as that plan is
 * over (the retry succeeded, failed for good, Refresh, another source, unmount): "retrying in
 * N s" must not outlive the retry. A failure that stops loading gets the inline notification.
 */
export function useRetryToast(toasterId: string, retrying: RetryPlan | null, strings: Strings, formatCount: (value: number) => string): void {
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  React.useEffect(() => {
    if (!retrying) return;
    const seconds = Math.max(1, Math.ceil((retrying.at - Date.now()) / 1000));
    // One id per plan: a toast being dismissed still holds its id while it animates out. Ids
    // only need to be unique within the toaster, which is this control's own.
    const toastId = `retry-${retrying.at}`;
    dispatchToast(
      <Toast>
        <ToastTitle>{presentError(retrying.error, strings).title}</ToastTitle>
        <ToastBody>{fillTemplate(strings.Toast_Retrying, formatCount(seconds))}</ToastBody>
      </Toast>,
      { toastId, intent: "warning", timeout: Math.min(8000, Math.max(3000, seconds * 1000)) },
    );
    return () => dismissToast(toastId);
    // Once per failed request (each has a new plan), not on every render or countdown tick.
  }, [retrying, dispatchToast, dismissToast, strings, formatCount]);
}

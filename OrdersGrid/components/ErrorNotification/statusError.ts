import type { StatusError } from "../../host/ControlOutputs";
import type { OrdersError } from "../../orders/OrdersError";
import type { Strings } from "../../strings/stringKeys";
import { presentError } from "./errorPresentation";

/**
 * A failure as the outputs report it: the code app makers branch on (the service's, else the
 * kind) and, as errorMessage, the words the notification shows, so an app that shows
 * errorMessage never shows an engine's text such as "Failed to fetch".
 */
export function statusError(error: OrdersError, strings: Strings): StatusError {
  return { code: error.code ?? error.kind, message: presentError(error, strings).detail, requestId: error.requestId ?? "" };
}

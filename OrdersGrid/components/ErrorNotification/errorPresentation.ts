import type { OrdersError } from "../../orders/OrdersError";

/**
 * Whether a Retry button can help. An unsafe link stays unsafe, but everything else —
 * even a 401 after the user reconnects — may succeed when asked again.
 */
export function canRetryByHand(error: OrdersError): boolean {
  return error.kind !== "unsafeLink";
}

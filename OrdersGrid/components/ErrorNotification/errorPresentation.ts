import { isClientErrorCode, type OrdersError } from "../../orders/OrdersError";
import { fillTemplate, type Strings } from "../../strings/stringKeys";

export interface ErrorPresentation {
  /** Plain words for what happened and what to do, per kind. */
  readonly title: string;
  /** The service's own message when it is fit to show, else our explanation. */
  readonly detail: string;
  /** Whether a Retry button can help. */
  readonly canRetry: boolean;
}

const MAX_DETAIL_LENGTH = 300;

/** A service message is shown only when it reads as a sentence: not HTML, not a stack trace, not a bare status. */
function fitToShow(message: string): boolean {
  return !/^HTTP \d{3}$/.test(message) && !/<[a-z!/][^>]*>/i.test(message) && !/\n\s+at\s/.test(message);
}

/** The one place where the view narrows an error's kind and code into what a user reads. */
export function presentError(error: OrdersError, strings: Strings): ErrorPresentation {
  let detail: string;
  if (isClientErrorCode(error.code)) {
    detail = strings[`Error_Detail_${error.code}`];
  } else if (fitToShow(error.message)) {
    detail = error.message.length > MAX_DETAIL_LENGTH ? `${error.message.slice(0, MAX_DETAIL_LENGTH - 1)}…` : error.message;
  } else {
    detail = fillTemplate(strings.Error_Detail_NoDetails, error.status ?? "");
  }
  return {
    title: strings[`Error_Title_${error.kind}`],
    detail,
    // An unsafe or cyclic link stays unsafe; everything else — even a 401 once the user
    // has reconnected — may succeed when asked again.
    canRetry: error.kind !== "unsafeLink",
  };
}

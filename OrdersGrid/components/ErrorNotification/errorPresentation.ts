import { isClientErrorCode, type OrdersError } from "../../orders/OrdersError";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { plainMessage } from "./plainMessage";

export interface ErrorPresentation {
  /** Plain words for what happened and what to do, per kind. */
  readonly title: string;
  /** The service's own message as plain text when it sent one with words, else our explanation. */
  readonly detail: string;
  /** Whether a Retry button can help. */
  readonly canRetry: boolean;
}

const MAX_DETAIL_LENGTH = 300;

/**
 * What the notification says happened: our translated explanation of a failure we detected,
 * the service's message as plain text, or, true to what arrived, that the service sent no
 * message or only a technical one. Never a message that came from fetch or the JS engine:
 * those failures all carry a client code.
 */
function detailOf(error: OrdersError, strings: Strings): string {
  // A host's data-set error is ours to name but the host's to explain, when it says why.
  if (isClientErrorCode(error.code) && error.serviceMessage === undefined) return strings[`Error_Detail_${error.code}`];
  if (error.serviceMessage === undefined) {
    // Without a status there is no answer to speak of (a host's error without a message).
    return error.status === undefined ? strings.Error_Detail_UnexpectedError : fillTemplate(strings.Error_Detail_NoDetails, error.status);
  }
  const text = plainMessage(error.serviceMessage);
  if (text === undefined) return strings.Error_Detail_TechnicalMessage;
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}

/** The one place where the view narrows an error's kind and code into what a user reads. */
export function presentError(error: OrdersError, strings: Strings): ErrorPresentation {
  return {
    title: strings[`Error_Title_${error.kind}`],
    detail: detailOf(error, strings),
    // An unsafe or cyclic link stays unsafe, and the page limit stays the limit; everything else — even a 401 once the user
    // has reconnected — may succeed when asked again.
    canRetry: error.kind !== "unsafeLink" && error.kind !== "pageLimit",
  };
}

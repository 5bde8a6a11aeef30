import type { OrdersService } from "../orders/OrdersSource";
import type { Strings } from "./stringKeys";

/** The strings that name who answers; Dataverse has its own wording of each (`Dataverse_…` in the resx files). */
const DATAVERSE_WORDED = [
  "Error_Title_unauthorized",
  "Error_Title_badRequest",
  "Error_Title_throttled",
  "Error_Title_server",
  "Error_Title_network",
  "Error_Title_timeout",
  "Error_Title_invalidResponse",
  "Error_Detail_NetworkError",
  "Error_Detail_RequestTimeout",
  "Error_CallBackAt",
  "Footer_Throttled",
] as const;
/** A canvas app's data-set fails in two ways: its data source fails, or the app does not deliver a page in time (`App_…`). */
const APP_WORDED = ["Error_Title_server", "Error_Title_timeout", "Error_Detail_RequestTimeout"] as const;

function isOneOf<Key extends string>(keys: readonly Key[], key: string): key is Key {
  const known: readonly string[] = keys;
  return known.includes(key);
}

/**
 * The view's strings for a source: what failed is named as the user knows it (the Sales API,
 * Dataverse, the app's data), each language with its own sentence rather than a name put in one.
 * A wording whose key is missing from STRING_KEYS (so from the resx files) does not compile.
 */
export function forService(strings: Strings, service: OrdersService | undefined): Strings {
  if (service === undefined) return strings;
  return new Proxy(strings, {
    get: (target, key) => {
      if (typeof key === "string") {
        if (service === "Dataverse" && isOneOf(DATAVERSE_WORDED, key)) return target[`Dataverse_${key}`];
        if (service === "App" && isOneOf(APP_WORDED, key)) return target[`App_${key}`];
      }
      const value: unknown = Reflect.get(target, key);
      return value;
    },
  });
}

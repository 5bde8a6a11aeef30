import type { Order } from "../orders/Order";
import { createCountFormatter } from "./formatCount";
import { createMomentFormatter } from "./formatMoment";

export interface OrderFormatters {
  readonly locale: string;
  /** The total in the order's currency, in the user's locale; blank when missing. */
  total(order: Order): string;
  /** An ISO 8601 date or date-time as a short date in the user's locale; unparsable text as is. */
  date(iso: string | undefined): string;
  /** A count (orders, seconds, attempts) with the locale's digit grouping. */
  readonly count: (value: number) => string;
  /** An instant `time` (ms since epoch) seen at `now`: the time when it is today, else date and time. */
  readonly moment: (time: number, now: number) => string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formatters for one locale; Intl objects are built once and cached per currency. */
export function createOrderFormatters(locale: string, timeZone?: string): OrderFormatters {
  const currencyFormats = new Map<string, Intl.NumberFormat>();
  const plainNumber = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  // A date without a time names a calendar day, not an instant: format it in UTC so no time
  // zone moves it to the day before.
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });

  function currencyFormat(currency: string): Intl.NumberFormat | undefined {
    let format = currencyFormats.get(currency);
    if (!format) {
      try {
        format = new Intl.NumberFormat(locale, { style: "currency", currency });
      } catch {
        return undefined; // not an ISO 4217 code
      }
      currencyFormats.set(currency, format);
    }
    return format;
  }

  return {
    locale,
    count: createCountFormatter(locale),
    moment: createMomentFormatter(locale, timeZone),
    total(order) {
      if (order.total === undefined) return "";
      const format = order.currency ? currencyFormat(order.currency.toUpperCase()) : undefined;
      return (format ?? plainNumber).format(order.total);
    },
    date(iso) {
      if (!iso) return "";
      const time = Date.parse(iso);
      if (Number.isNaN(time)) return iso;
      return (DATE_ONLY.test(iso) ? dateOnly : dateTime).format(time);
    },
  };
}

import type { Order } from "../orders/Order";

export interface OrderFormatters {
  readonly locale: string;
  /** The total in the order's currency, in the user's locale; blank when missing (never "NaN" or "∞"). */
  total(order: Order): string;
  /** An ISO 8601 date or date-time as a short date in the user's locale; any other text as is. */
  date(iso: string | undefined): string;
  /**
   * A count (orders, seconds, attempts) as the user reads numbers: 10,000 in en-US, 10.000 in
   * de-DE.
   */
  readonly count: (value: number) => string;
  /**
   * An instant `time` (ms since epoch) seen at `now`, when it is not far off: the time alone
   * when it falls today in the user's time zone, else the date and the time.
   */
  readonly moment: (time: number, now: number) => string;
}

/**
 * ISO 8601 calendar dates and date-times in the profile services write (RFC 3339, `T` between
 * date and time, optional seconds, fraction and offset). Only these are formatted: Date.parse
 * also reads "03/14/2026" or "March 14" by engine-specific rules, and text whose meaning is
 * guessed is better shown as it was sent.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant of an ISO 8601 date or date-time, or undefined for any other text. */
export function parseIsoDate(text: string): number | undefined {
  // Groups that did not take part in the match (no time, no offset) are undefined, whatever the lib types say.
  const parts = ISO_DATE.exec(text)?.slice(1).map((part: string | undefined) => Number(part ?? 0));
  if (!parts) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = parts;
  // Date.parse rolls "2026-02-30" over to 2 March: a day the month does not have is no date.
  // The engine's calendar knows the days of each month (and leap years): a day it has to roll
  // over to another month, or a month 13 to another year, is not in it. setUTCFullYear, unlike
  // Date.UTC, takes the years 0 to 99 as they are.
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  const valid = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
  const time = valid ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Formatters for one locale and time zone (@default the device's); Intl objects are built once
 * and cached per currency. The locale comes from the host's language, never the browser's.
 */
export function createOrderFormatters(locale: string, timeZone?: string): OrderFormatters {
  const currencyFormats = new Map<string, Intl.NumberFormat>();
  const plainNumber = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  // A date without a time names a calendar day, not an instant: format it in UTC so no time
  // zone moves it to the day before.
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
  const wholeNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

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
    count: (value) => wholeNumber.format(value),
    moment: (at, now) => (day.format(at) === day.format(now) ? time : dateTime).format(at),
    total(order) {
      if (order.total === undefined || !Number.isFinite(order.total)) return "";
      const format = order.currency ? currencyFormat(order.currency.toUpperCase()) : undefined;
      return (format ?? plainNumber).format(order.total);
    },
    date(iso) {
      if (!iso) return "";
      const instant = parseIsoDate(iso);
      if (instant === undefined) return iso;
      return (DATE_ONLY.test(iso) ? dateOnly : dateTime).format(instant);
    },
  };
}

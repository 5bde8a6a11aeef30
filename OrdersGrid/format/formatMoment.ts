/**
 * An instant as the user reads it when it is not far off: the time alone when it falls today,
 * else the date and the time — in the user's locale and time zone (@default the device's).
 */
export function createMomentFormatter(locale: string, timeZone?: string): (time: number, now: number) => string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (at, now) => (day.format(at) === day.format(now) ? time : dateTime).format(at);
}

/**
 * Counts as the user reads numbers (orders, seconds, attempts): 10,000 in en-US, 10.000 in
 * de-DE. Built once per locale; the locale comes from the host's language, never the browser's.
 */
export function createCountFormatter(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (value) => format.format(value);
}

/**
 * How the hosts format values for getFormattedValue: en-US, the way Dataverse and canvas show a
 * user with English settings ("6/30/2026 5:51 PM", "$1,234.56"), in UTC so runs agree. The
 * control's own formatting looks different ("Jun 30, 2026"), so a test can tell which it shows.
 */
export function hostDateTime(iso: string): string {
  const date = new Date(iso);
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hour12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
}

export function hostCurrency(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount);
}

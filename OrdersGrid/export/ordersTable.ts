import type { Order } from "../orders/Order";

/** One column of a copied or exported table: its heading and the text of each order's cell. */
export interface TableColumn {
  readonly header: string;
  readonly value: (order: Order) => string;
}

/** Excel reads a cell that begins with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A plain invariant number ("-12.5") is data, not a formula: it stays a number in Excel. With
 * the exponent String() gives very small or large numbers ("-5.5e-17"), which Excel reads too.
 */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

/**
 * The value as text no spreadsheet runs: a leading apostrophe (which Excel hides and takes as
 * "text") before a value that would start a formula. OWASP's advice for CSV injection.
 */
export function inert(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The header row and one row per order, each cell written by `cell`, cells joined by `separator`. */
function lines(columns: readonly TableColumn[], orders: readonly Order[], cell: (text: string) => string, separator: string): string[] {
  const line = (texts: readonly string[]) => texts.map(cell).join(separator);
  return [line(columns.map((column) => column.header)), ...orders.map((order) => line(columns.map((column) => column.value(order))))];
}

/**
 * One value as pasted text, inert. A tab or line break inside it becomes a space: pasted text
 * has no quoting a spreadsheet agrees on.
 */
export const tsvCell = (text: string): string => inert(text).replace(/[\t\r\n]+/g, " ");

/**
 * One cell of pasted rows: a value that begins with a quote is quoted, its quotes doubled. Excel
 * and Sheets take a leading quote for the start of a quoted field, which drops its quotes and
 * runs the cells after an unpaired one into it.
 */
function tsvField(text: string): string {
  const value = tsvCell(text);
  return value.startsWith('"') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Tab-separated text with a header row, as Excel and Sheets paste it into columns. */
export function toTsv(columns: readonly TableColumn[], orders: readonly Order[]): string {
  return lines(columns, orders, tsvField, "\t").join("\r\n");
}

/**
 * The list separator Excel reads a CSV file with in `locale`: where the decimal separator is a
 * comma (de, fr, ...) Windows and Excel separate lists with `;`, elsewhere with `,`; in
 * Switzerland and Liechtenstein `;` too, with a decimal point. A `sep=` line would say so in the
 * file, but Excel then ignores the byte order mark.
 */
export function csvSeparator(locale: string): string {
  return /-(?:ch|li)(?:-|$)/i.test(locale) || new Intl.NumberFormat(locale).formatToParts(0.5).find((part) => part.type === "decimal")?.value === "," ? ";" : ",";
}

/** A CSV field per RFC 4180: quoted when it holds the separator, a quote or a line break, quotes doubled. */
function csvField(text: string, separator: string): string {
  const value = inert(text);
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The byte order mark: Excel reads a CSV as UTF-8 only with it, whatever the user's language. */
export const BOM = "\uFEFF";

/**
 * A CSV file's text (CRLF, RFC 4180 quoting) with a header row, after the byte order mark, its
 * fields separated by `separator` (csvSeparator).
 */
export function toCsv(columns: readonly TableColumn[], orders: readonly Order[], separator = ","): string {
  return `${BOM}${lines(columns, orders, (text) => csvField(text, separator), separator).join("\r\n")}\r\n`;
}

const two = (value: number) => String(value).padStart(2, "0");

/** Characters Windows, macOS or a phone refuses in a file name, control characters, and the marks that reorder text as shown. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * `Open orders-2026-12-01T1430.csv`: the control's label in the app (the host's `mode.label`,
 * e.g. a subgrid's), else `orders`, and the user's local time, with no character a file system
 * refuses.
 */
export function exportFileName(at: Date, label?: string): string {
  const cleaned = label?.replace(UNSAFE_IN_FILE_NAMES, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  // 60 characters, not code units: an emoji is not cut in two.
  const named = Array.from(cleaned ?? "").slice(0, 60).join("").trim();
  const name = named === "" ? "orders" : named;
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `${name}-${day}T${two(at.getHours())}${two(at.getMinutes())}.csv`;
}

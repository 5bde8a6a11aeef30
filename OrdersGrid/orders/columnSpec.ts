import { phrase, type Phrase } from "../strings/stringKeys";
import { ORDER_FIELDS, type OrderField } from "./Order";

/** One column as the app maker's `columns` input names it. */
export interface ColumnSpec {
  /** The order field the column shows. */
  readonly field: OrderField;
  /** Where the source holds it: the API item's field, the data-set column, the Dataverse column; undefined: the source's usual one. */
  readonly source?: string | undefined;
  /** The heading instead of the translated one. */
  readonly label?: string | undefined;
  /** The starting width (px); never under the column's minimum. */
  readonly width?: number | undefined;
}

export type ColumnSpecResult = { readonly ok: true; readonly columns: readonly ColumnSpec[] } | { readonly ok: false; readonly problem: Phrase };

/** `field`, then `=source`, then `"label"`, then `:width`, each but the field optional. */
const ENTRY = /^([A-Za-z]+)(?:\s*=\s*([A-Za-z_@][\w.@-]*))?(?:\s*"([^"]*)")?(?:\s*:\s*(\d+))?$/;

/** Splits at the commas that are not inside a quoted label. */
function entries(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/**
 * Each text read, and what it gave: every updateView and each reader (sources, view) asks for
 * the same text, and the view keys resized widths on the result's identity. By text, not the
 * last one only: two controls on a page have texts of their own (an app has a handful).
 */
const read = new Map<string, ColumnSpecResult>();

/**
 * Reads `columns`, e.g. `id, date=orderDate:160, customer "Customer name", status, total, currency`:
 * the columns in their order, each an order field, optionally read from another field of the
 * source, with its own heading and a starting width. A problem names the entry. The same text
 * gives the same result object.
 */
export function parseColumnSpec(text: string): ColumnSpecResult {
  let result = read.get(text);
  if (!result) {
    result = readColumnSpec(text);
    read.set(text, result);
  }
  return result;
}

function readColumnSpec(text: string): ColumnSpecResult {
  const columns: ColumnSpec[] = [];
  for (const entry of entries(text)) {
    if (entry === "") return { ok: false, problem: phrase("Problem_ColumnsEmptyEntry") };
    const match = ENTRY.exec(entry);
    if (!match) return { ok: false, problem: phrase("Problem_ColumnsEntryForm", entry) };
    const [, name = "", source, label, width] = match;
    const field = ORDER_FIELDS.find((known) => known === name.toLowerCase());
    if (!field) return { ok: false, problem: phrase("Problem_ColumnsUnknownField", entry, name, ORDER_FIELDS.join(", ")) };
    if (columns.some((column) => column.field === field)) return { ok: false, problem: phrase("Problem_ColumnsNamedTwice", entry, field) };
    const heading = label?.trim();
    columns.push({ field, source, label: heading === "" ? undefined : heading, width: width === undefined ? undefined : Number(width) });
  }
  return { ok: true, columns };
}

/** The sources `columns` names, by field: what each source reads instead of its usual field or column. */
export function sourceFields(columns: readonly ColumnSpec[] | undefined): Partial<Record<OrderField, string>> {
  return Object.fromEntries((columns ?? []).flatMap((column) => (column.source ? [[column.field, column.source]] : [])));
}

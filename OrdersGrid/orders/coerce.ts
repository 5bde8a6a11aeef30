/**
 * Reading loosely typed values at the data boundary (JSON bodies, Dataverse rows, data-set
 * records), one way everywhere: what is not usable becomes undefined, never an exception.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A finite number, else undefined. */
export function asFiniteNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Numbers as invariant culture writes them: JSON's grammar, which is also what .NET's invariant
 * culture and OData's IEEE754Compatible strings produce ("1234.5", "-12", "0.10", "1E+21").
 * "1,234.50" or "12,5" are some locale's text: "1,234" alone could be 1234 or 1.234, so no
 * locale is guessed and such text stays text.
 */
const INVARIANT_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** How invariant culture writes a number that is not finite; there is nothing to show for it. */
const NON_FINITE = /^[+-]?(nan|infinity|\u221e)$/i;

export interface Total {
  readonly total: number | undefined;
  /** Text that is no number, to be shown as sent ("n/a", "1,234.50"); never a number's text. */
  readonly text: string | undefined;
}

/**
 * A total from any source: a number or an invariant numeric string is the number; other text
 * is kept to be shown as it is, so a cell is never blank for a value that was sent. A number
 * that is not finite (NaN, Infinity, a JSON 1e400) has no honest text and counts as missing.
 */
export function readTotal(value: unknown): Total {
  if (typeof value !== "string") return { total: asFiniteNumber(value), text: undefined };
  const text = value.trim();
  // Numeric text is the number, even one too large to be finite ("1e400"): never text to show.
  if (INVARIANT_NUMBER.test(text)) return { total: asFiniteNumber(Number(text)), text: undefined };
  return { total: undefined, text: text === "" || NON_FINITE.test(text) ? undefined : text };
}

/** A finite number, or a string holding one in invariant culture; else undefined. */
export function asInvariantNumber(value: unknown): number | undefined {
  return readTotal(value).total;
}

/** A non-empty string, or a finite number as text (ids and codes are sometimes numbers); else undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  return asFiniteNumber(value)?.toString();
}

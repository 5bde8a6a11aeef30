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

/** A non-empty string, or a finite number as text (ids and codes are sometimes numbers); else undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  return asFiniteNumber(value)?.toString();
}

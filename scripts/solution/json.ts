/** JSON helpers for files whose shape is checked at run time, not trusted. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `key`, or undefined when absent or not an object. */
export function objectAt(parent: unknown, key: string): JsonObject | undefined {
  if (!isJsonObject(parent)) return undefined;
  const value = parent[key];
  return isJsonObject(value) ? value : undefined;
}

export function stringAt(parent: unknown, key: string): string | undefined {
  if (!isJsonObject(parent)) return undefined;
  const value = parent[key];
  return typeof value === "string" ? value : undefined;
}

export function arrayAt(parent: unknown, key: string): unknown[] | undefined {
  if (!isJsonObject(parent)) return undefined;
  const value = parent[key];
  return Array.isArray(value) ? value : undefined;
}

/**
 * Parses JSON that may hold `//` and `/* *\/` comments outside strings, as the connector
 * schemas from microsoft/PowerPlatformConnectors do.
 */
export function parseJsonc(text: string): unknown {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      out += c;
      if (c === "\\") out += text.charAt(++i);
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  const value: unknown = JSON.parse(out);
  return value;
}

/** Parses a JSON file's bytes, naming the file when it is not JSON. */
export function parseJsonFile(bytes: Uint8Array, name: string): unknown {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return value;
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

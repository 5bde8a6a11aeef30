/**
 * The published schemas for connector files (Solutions/schemas, from microsoft/PowerPlatformConnectors):
 * Swagger 2.0 with the x-ms-* extensions (draft-04) and paconn's apiProperties.json (draft-07).
 */
import fs from "node:fs";
import path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { isJsonObject, parseJsonc } from "./json";

export interface ConnectorSchemas {
  definition: ValidateFunction;
  properties: ValidateFunction;
}

const cache = new Map<string, ConnectorSchemas>();

function readSchema(file: string): Record<string, unknown> {
  const schema = parseJsonc(fs.readFileSync(file, "utf8"));
  if (!isJsonObject(schema)) throw new Error(`${file} is not a JSON schema`);
  return schema;
}

export function loadConnectorSchemas(dir: string): ConnectorSchemas {
  const cached = cache.get(dir);
  if (cached) return cached;
  // Not strict: the upstream schemas use editor annotations (defaultSnippets) and untyped
  // additionalProperties that Ajv's strict mode rejects; validation itself is unchanged.
  const draft04 = new Ajv04({ strict: false, allErrors: true });
  addFormats(draft04);
  const draft07 = new Ajv({ strict: false, allErrors: true });
  addFormats(draft07);
  // paconn's schema names itself with draft-04's `id`; draft-07 reads `$id`.
  const { id, ...properties } = readSchema(path.join(dir, "paconn-apiProperties.schema.json"));
  const schemas = {
    definition: draft04.compile(readSchema(path.join(dir, "apiDefinition.swagger.schema.json"))),
    properties: draft07.compile(typeof id === "string" ? { ...properties, $id: id } : properties),
  };
  cache.set(dir, schemas);
  return schemas;
}

/** Errors that say what is wrong with a value come before those that say what is missing around it. */
const SPECIFIC = ["enum", "const", "type", "pattern", "format"];

/**
 * The first few schema errors, as `at /paths/~1orders/get/parameters/3/in: must be equal to one of
 * the allowed values`: repeats (one per oneOf branch) removed, the most specific first.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined, limit = 3): string[] {
  const all = errors ?? [];
  const branches = all.filter((error) => error.keyword !== "oneOf" && error.keyword !== "anyOf");
  const lines = (branches.length > 0 ? branches : all)
    .map((error, index) => ({ index, specific: SPECIFIC.includes(error.keyword), line: `at ${error.instancePath || "/"}: ${error.message ?? error.keyword}` }))
    .sort((a, b) => Number(b.specific) - Number(a.specific) || a.index - b.index)
    .map((entry) => entry.line);
  return [...new Set(lines)].slice(0, limit);
}

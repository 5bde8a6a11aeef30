/**
 * Checks real HTTP responses against the connector definition's Swagger 2.0 responses: the body
 * against the response schema (JSON Schema, with Swagger's `x-nullable` read as "or null" and the
 * x-ms-* annotations set aside), the contract's headers against the headers documented there.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { arrayAt, isJsonObject, objectAt, stringAt, type JsonObject } from "../../../scripts/solution/json";

/** Headers the control and flows read; each one the API sends must be documented for that response. */
const CONTRACT_HEADERS = ["x-ms-request-id", "x-ms-error-code", "x-ms-client-request-id", "retry-after"];

function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!isJsonObject(value)) return value;
  const schema: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    // `properties` maps names to schemas: keep every name, convert each schema.
    schema[key] = key === "properties" && isJsonObject(child)
      ? Object.fromEntries(Object.entries(child).map(([name, property]) => [name, toJsonSchema(property)]))
      : toJsonSchema(child);
  }
  const type = schema.type;
  if (value["x-nullable"] === true && typeof type === "string") schema.type = [type, "null"];
  return schema;
}

/** Points `#/definitions/X` at the definitions added to Ajv as "connector". */
function withConnectorRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withConnectorRefs);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === "$ref" && typeof child === "string" ? child.replace(/^#\/definitions\//, "connector#/definitions/") : withConnectorRefs(child),
    ]),
  );
}

export interface ResponseCheck {
  /** The documented response used: the status, or "default". */
  documentedAs: string;
  problems: string[];
}

export function responseValidator(definition: JsonObject) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "connector", definitions: toJsonSchema(objectAt(definition, "definitions") ?? {}) });
  const operations = Object.values(objectAt(definition, "paths") ?? {}).flatMap((item) =>
    isJsonObject(item) ? Object.values(item).filter(isJsonObject) : [],
  );

  return function check(operationId: string, status: number, body: unknown, headers: Headers): ResponseCheck {
    const operation = operations.find((candidate) => stringAt(candidate, "operationId") === operationId);
    if (!operation) throw new Error(`The definition has no operation ${operationId}`);
    const responses = objectAt(operation, "responses") ?? {};
    const documentedAs = String(status) in responses ? String(status) : "default";
    const response = objectAt(responses, documentedAs);
    if (!response) return { documentedAs, problems: [`status ${status} is not documented and there is no default response`] };

    const problems: string[] = [];
    const schema = objectAt(response, "schema");
    if (schema) {
      const jsonSchema = withConnectorRefs(toJsonSchema(schema));
      if (!isJsonObject(jsonSchema)) throw new Error(`${operationId} ${documentedAs}: the response schema is not an object`);
      const validate = ajv.compile(jsonSchema);
      if (!validate(body)) {
        problems.push(...(validate.errors ?? []).map((error) => `body ${error.instancePath || "/"} ${error.message ?? error.keyword}`));
      }
    }
    const documented = new Set(Object.keys(objectAt(response, "headers") ?? {}).map((name) => name.toLowerCase()));
    for (const name of CONTRACT_HEADERS) {
      if (headers.has(name) && !documented.has(name)) problems.push(`header ${name} is sent but not documented for ${documentedAs}`);
    }
    return { documentedAs, problems };
  };
}

/** A query parameter of an operation, as the definition declares it. */
export function parameterOf(definition: JsonObject, operationId: string, name: string): JsonObject {
  for (const item of Object.values(objectAt(definition, "paths") ?? {})) {
    for (const operation of isJsonObject(item) ? Object.values(item) : []) {
      if (stringAt(operation, "operationId") !== operationId) continue;
      const parameter = (arrayAt(operation, "parameters") ?? []).find((candidate) => stringAt(candidate, "name") === name);
      if (isJsonObject(parameter)) return parameter;
    }
  }
  throw new Error(`${operationId} has no parameter ${name}`);
}

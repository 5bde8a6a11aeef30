/**
 * The connector governance checklist, executable: each rule returns the failures it found,
 * one sentence each, naming the file and the place to fix.
 */
import fs from "node:fs";
import path from "node:path";
import { stringLiterals, withoutCommentsAndStrings } from "./csharpText";
import { describeSchemaErrors, type ConnectorSchemas } from "./connectorSchemas";
import { findSecrets, type SourceFile } from "./findSecrets";
import { arrayAt, isJsonObject, objectAt, stringAt, type JsonObject } from "./json";
import type { SolutionLayout } from "./layout";

export const DEFINITION_PATH = "connector/apiDefinition.swagger.json";
export const PROPERTIES_PATH = "connector/apiProperties.json";
export const ICON_PATH = "connector/icon.png";
export const SCRIPT_PATH = "connector/script.csx";
/** As messages name them: from the repository root. */
const DEFINITION_FILE = `Solutions/${DEFINITION_PATH}`;
const PROPERTIES_FILE = `Solutions/${PROPERTIES_PATH}`;
const ICON_FILE = `Solutions/${ICON_PATH}`;
const SCRIPT_FILE = `Solutions/${SCRIPT_PATH}`;

/** Power Platform refuses an OpenAPI file of 1 MB or more. */
export const MAX_DEFINITION_BYTES = 1024 * 1024;
/** And custom code of 1 MB or more. */
export const MAX_SCRIPT_BYTES = 1024 * 1024;
/** The colour the custom connector wizard fills in, and white, on which the icon disappears. */
const DEFAULT_BRAND_COLOURS = new Set(["#007ee5", "#ffffff", "#fff"]);
const PAGE_SIZE_PARAMETERS = new Set(["pagesize", "$top", "top", "limit", "perpage", "per_page", "maxpagesize"]);
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
/** Scopes that grant everything the app may do, not what the connector needs. */
const BROAD_SCOPE = /(^|\/)(\.default|user_impersonation|\*)$/;

export interface RuleResult {
  rule: string;
  title: string;
  failures: string[];
}

interface Inputs {
  files: readonly SourceFile[];
  schemas: ConnectorSchemas;
  definitionBytes: number;
  definition: JsonObject | undefined;
  properties: JsonObject | undefined;
  icon: Uint8Array | undefined;
  script: Uint8Array | undefined;
  /** Why the definition or the properties could not be read. */
  unreadable: string[];
}

interface Operation {
  label: string;
  method: string;
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
}

function readJson(files: readonly SourceFile[], name: string, unreadable: string[]): { object?: JsonObject; bytes: number } {
  const file = files.find((candidate) => candidate.path === name);
  if (!file) {
    unreadable.push(`Solutions/${name} is missing`);
    return { bytes: 0 };
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(file.bytes).toString("utf8"));
    if (isJsonObject(value)) return { object: value, bytes: file.bytes.length };
    unreadable.push(`Solutions/${name} does not hold a JSON object`);
  } catch (error) {
    unreadable.push(`Solutions/${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { bytes: file.bytes.length };
}

/** Follows local `$ref`s (`#/definitions/X`, `#/parameters/X`, `#/responses/X`) in the definition. */
function resolve(definition: JsonObject, value: unknown, seen = new Set<string>()): JsonObject | undefined {
  if (!isJsonObject(value)) return undefined;
  const ref = stringAt(value, "$ref");
  if (ref === undefined) return value;
  if (seen.has(ref) || !ref.startsWith("#/")) return undefined;
  seen.add(ref);
  let target: unknown = definition;
  for (const part of ref.slice(2).split("/")) target = isJsonObject(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  return resolve(definition, target, seen);
}

function operationsOf(definition: JsonObject): Operation[] {
  const paths = objectAt(definition, "paths") ?? {};
  return Object.entries(paths).flatMap(([route, pathItem]) =>
    isJsonObject(pathItem)
      ? METHODS.flatMap((method) => {
          const operation = objectAt(pathItem, method);
          if (!operation) return [];
          const id = stringAt(operation, "operationId");
          return [{ label: `${method.toUpperCase()} ${route}${id ? ` (${id})` : ""}`, method, path: route, operation, pathItem }];
        })
      : [],
  );
}

function responseSchema(definition: JsonObject, operation: JsonObject, status: string): JsonObject | undefined {
  const response = resolve(definition, objectAt(operation, "responses")?.[status]);
  return resolve(definition, response?.schema);
}

function parametersOf(definition: JsonObject, op: Operation): JsonObject[] {
  return [...(arrayAt(op.pathItem, "parameters") ?? []), ...(arrayAt(op.operation, "parameters") ?? [])]
    .map((parameter) => resolve(definition, parameter))
    .filter((parameter) => parameter !== undefined);
}

function isListOperation(definition: JsonObject, op: Operation): boolean {
  if (op.method !== "get") return false;
  if (/^list/i.test(stringAt(op.operation, "operationId") ?? "")) return true;
  const schema = responseSchema(definition, op.operation, "200");
  if (stringAt(schema, "type") === "array") return true;
  return Object.values(objectAt(schema, "properties") ?? {}).some((property) => stringAt(resolve(definition, property), "type") === "array");
}

function isErrorEnvelope(definition: JsonObject, schema: JsonObject | undefined): boolean {
  const error = resolve(definition, objectAt(schema, "properties")?.error);
  const required = arrayAt(error, "required") ?? [];
  const properties = objectAt(error, "properties");
  return (
    required.includes("code") &&
    required.includes("message") &&
    stringAt(resolve(definition, properties?.code), "type") === "string" &&
    stringAt(resolve(definition, properties?.message), "type") === "string"
  );
}

function walkStrings(value: unknown, where: string, visit: (value: string, where: string) => void): void {
  if (typeof value === "string") visit(value, where);
  else if (Array.isArray(value)) value.forEach((item, index) => walkStrings(item, `${where}[${index}]`, visit));
  else if (isJsonObject(value)) for (const [key, child] of Object.entries(value)) walkStrings(child, where ? `${where}.${key}` : key, visit);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

// ---- the rules ----------------------------------------------------------------------------------

function swagger2(inputs: Inputs): string[] {
  const { definition } = inputs;
  if (!definition) return inputs.unreadable.filter((reason) => reason.startsWith(DEFINITION_FILE));
  const version = definition.swagger;
  if (version !== "2.0") {
    return [`${DEFINITION_FILE}: "swagger" is ${JSON.stringify(version ?? null)}; custom connectors take Swagger (OpenAPI) 2.0 only`];
  }
  if (inputs.schemas.definition(definition)) return [];
  return describeSchemaErrors(inputs.schemas.definition.errors).map((error) => `${DEFINITION_FILE} is not valid Swagger 2.0 ${error}`);
}

function operationDocs({ definition }: Inputs): string[] {
  if (!definition) return [];
  const failures: string[] = [];
  const ids = new Map<string, number>();
  const operations = operationsOf(definition);
  if (operations.length === 0) failures.push(`${DEFINITION_FILE} defines no operations`);
  for (const op of operations) {
    for (const field of ["operationId", "summary", "description"]) {
      if (!stringAt(op.operation, field)?.trim()) failures.push(`${op.label} has no ${field}`);
    }
    const id = stringAt(op.operation, "operationId");
    if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  for (const [id, count] of ids) if (count > 1) failures.push(`operationId ${id} is used by ${count} operations`);
  return failures;
}

/**
 * The pageable operation whose nextLink `op` takes as a required query parameter: an operation
 * that fetches the page a nextLink names (for Power Fx, which does not follow x-ms-pageable).
 * Its page size is the one the link carries, and it is not pageable itself.
 */
function continuationSource(definition: JsonObject, op: Operation): Operation | undefined {
  if (op.method !== "get") return undefined;
  const required = new Set(
    parametersOf(definition, op)
      .filter((parameter) => stringAt(parameter, "in") === "query" && parameter.required === true)
      .map((parameter) => stringAt(parameter, "name")),
  );
  return operationsOf(definition).find((candidate) => {
    const nextLinkName = stringAt(objectAt(candidate.operation, "x-ms-pageable"), "nextLinkName");
    return candidate !== op && nextLinkName !== undefined && required.has(nextLinkName);
  });
}

function paging({ definition, properties }: Inputs): string[] {
  if (!definition) return [];
  const failures: string[] = [];
  const policies = arrayAt(properties, "policyTemplateInstances") ?? [];
  for (const op of operationsOf(definition).filter((candidate) => isListOperation(definition, candidate))) {
    const source = continuationSource(definition, op);
    if (source) {
      const schema = (candidate: Operation) => JSON.stringify(objectAt(objectAt(candidate.operation, "responses"), "200")?.schema ?? null);
      if (schema(op) !== schema(source)) failures.push(`${op.label} follows the nextLink of ${source.label} but its 200 response is another schema`);
      continue;
    }
    const nextLinkName = stringAt(objectAt(op.operation, "x-ms-pageable"), "nextLinkName");
    if (!nextLinkName) {
      failures.push(`${op.label} returns a list but is not x-ms-pageable (set "x-ms-pageable": { "nextLinkName": ... })`);
    } else {
      if (!objectAt(responseSchema(definition, op.operation, "200"), "properties")?.[nextLinkName]) {
        failures.push(`${op.label}: x-ms-pageable names "${nextLinkName}", which its 200 response does not have`);
      }
      const id = stringAt(op.operation, "operationId");
      const routed = policies.some((policy) => {
        const parameters = objectAt(policy, "parameters");
        const operations = arrayAt(parameters, "x-ms-apimTemplate-operationName");
        return (
          stringAt(policy, "templateId") === "updatenextlink" &&
          stringAt(parameters, "x-ms-apimTemplateParameter.nextLinkPropertyName") === nextLinkName &&
          (operations === undefined || (id !== undefined && operations.includes(id)))
        );
      });
      if (!routed) failures.push(`${op.label} is pageable but apiProperties.json has no updatenextlink policy for "${nextLinkName}"`);
    }
    const capped = parametersOf(definition, op).some(
      (parameter) => PAGE_SIZE_PARAMETERS.has((stringAt(parameter, "name") ?? "").toLowerCase()) && typeof parameter.maximum === "number",
    );
    if (!capped) failures.push(`${op.label} returns a list but has no page size parameter with a maximum (e.g. pageSize, maximum 200)`);
  }
  return failures;
}

function errorResponses({ definition }: Inputs): string[] {
  if (!definition) return [];
  const failures: string[] = [];
  for (const op of operationsOf(definition)) {
    const responses = objectAt(op.operation, "responses") ?? {};
    for (const status of ["default", "401", "403", "429"]) {
      if (!(status in responses)) {
        failures.push(`${op.label} does not document ${status === "default" ? "a default (error) response" : `a ${status} response`}`);
      }
    }
    for (const status of Object.keys(responses).filter((code) => code === "default" || /^[45]\d\d$/.test(code))) {
      if (!isErrorEnvelope(definition, responseSchema(definition, op.operation, status))) {
        failures.push(`${op.label}: the ${status} response is not the error envelope { error: { code, message } }`);
      }
    }
    const throttled = resolve(definition, responses["429"]);
    if (throttled && !Object.keys(objectAt(throttled, "headers") ?? {}).some((name) => name.toLowerCase() === "retry-after")) {
      failures.push(`${op.label}: the 429 response does not document the Retry-After header`);
    }
  }
  return failures;
}

function oauth({ definition, properties }: Inputs): string[] {
  if (!definition || !properties) return [];
  const failures: string[] = [];
  const securityDefinitions = objectAt(definition, "securityDefinitions") ?? {};
  const oauthNames = new Set<string>();
  const declaredScopes = new Set<string>();
  for (const [name, scheme] of Object.entries(securityDefinitions)) {
    const type = stringAt(scheme, "type");
    if (type !== "oauth2") {
      failures.push(`${DEFINITION_FILE}: securityDefinitions.${name} is ${type ?? "untyped"}; the connector signs in with OAuth only`);
      continue;
    }
    oauthNames.add(name);
    for (const scope of Object.keys(objectAt(scheme, "scopes") ?? {})) declaredScopes.add(scope);
  }
  if (oauthNames.size === 0) failures.push(`${DEFINITION_FILE} has no oauth2 security definition`);

  const requested = new Set<string>();
  for (const requirement of arrayAt(definition, "security") ?? []) {
    for (const [name, scopes] of Object.entries(isJsonObject(requirement) ? requirement : {})) {
      if (oauthNames.has(name)) for (const scope of stringList(scopes)) requested.add(scope);
    }
  }
  if (requested.size === 0) failures.push(`${DEFINITION_FILE}: "security" lists no OAuth scopes`);
  for (const scope of requested) {
    if (!declaredScopes.has(scope)) failures.push(`${DEFINITION_FILE}: scope ${scope} is requested but not declared in securityDefinitions`);
  }

  const parameters = objectAt(properties, "connectionParameters") ?? {};
  const oauthParameters = Object.entries(parameters).filter(([, parameter]) => stringAt(parameter, "type") === "oauthSetting");
  if (oauthParameters.length === 0) failures.push(`${PROPERTIES_FILE}: no connection parameter is an oauthSetting`);
  for (const [name, parameter] of Object.entries(parameters)) {
    if (stringAt(parameter, "type") === "securestring") {
      failures.push(`${PROPERTIES_FILE}: connection parameter ${name} asks users for a key or password; sign in with OAuth instead`);
    }
  }
  for (const [name, parameter] of oauthParameters) {
    const settings = objectAt(parameter, "oAuthSettings");
    if (!stringAt(settings, "identityProvider")) failures.push(`${PROPERTIES_FILE}: ${name}.oAuthSettings has no identityProvider`);
    const scopes = stringList(settings?.scopes);
    if (scopes.length === 0) failures.push(`${PROPERTIES_FILE}: ${name}.oAuthSettings lists no scopes`);
    const differ = scopes.length !== requested.size || scopes.some((scope) => !requested.has(scope));
    if (scopes.length > 0 && requested.size > 0 && differ) {
      failures.push(`${PROPERTIES_FILE}: ${name} asks for scopes ${scopes.join(", ")} but the definition requests ${[...requested].join(", ")}`);
    }
  }
  for (const scope of new Set([...requested, ...oauthParameters.flatMap(([, parameter]) => stringList(objectAt(parameter, "oAuthSettings")?.scopes))])) {
    if (BROAD_SCOPE.test(scope)) failures.push(`scope ${scope} grants everything the app may do; ask for the narrowest scope the API needs (e.g. Orders.Read)`);
  }
  return failures;
}

function noSecrets({ files }: Inputs): string[] {
  return findSecrets(files).map((finding) => `Solutions/${finding.path} (${finding.where}) holds ${finding.what}; secrets are entered per environment, never in source`);
}

function httpsOnly(inputs: Inputs): string[] {
  const { definition, properties } = inputs;
  if (!definition) return [];
  const failures: string[] = [];
  const schemes = stringList(definition.schemes);
  if (schemes.length !== 1 || schemes[0] !== "https") {
    failures.push(`${DEFINITION_FILE}: schemes is ${JSON.stringify(definition.schemes ?? null)}; it must be ["https"]`);
  }
  const plain = (file: string) => (value: string, where: string) => {
    if (/\bhttp:\/\//i.test(value)) failures.push(`${file}: ${where} is a plain http address (${value})`);
  };
  walkStrings(definition, "", plain(DEFINITION_FILE));
  walkStrings(properties, "properties", plain(PROPERTIES_FILE));
  if (inputs.script) {
    for (const literal of stringLiterals(Buffer.from(inputs.script).toString("utf8"))) plain(SCRIPT_FILE)(literal.value, `line ${literal.line}`);
  }
  return failures;
}

function brandColour({ properties }: Inputs): string[] {
  if (!properties) return [];
  const colour = stringAt(properties, "iconBrandColor");
  if (!colour) return [`${PROPERTIES_FILE}: iconBrandColor is not set`];
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return [`${PROPERTIES_FILE}: iconBrandColor ${colour} is not a #rrggbb colour`];
  if (DEFAULT_BRAND_COLOURS.has(colour.toLowerCase())) {
    return [`${PROPERTIES_FILE}: iconBrandColor ${colour} is a default; set Contoso's brand colour`];
  }
  return [];
}

function definitionSize({ definition, definitionBytes }: Inputs): string[] {
  if (!definition || definitionBytes < MAX_DEFINITION_BYTES) return [];
  return [`${DEFINITION_FILE} is ${(definitionBytes / 1024 / 1024).toFixed(2)} MB; connectors take definitions under 1 MB`];
}

function apiProperties(inputs: Inputs): string[] {
  const { properties } = inputs;
  if (!properties) return inputs.unreadable.filter((reason) => reason.startsWith(PROPERTIES_FILE));
  const failures: string[] = [];
  // paconn and the connector API take scriptOperations, but the schema (upstream, unchanged)
  // does not list it; the custom-code rule checks it instead.
  const schemaProperties = Object.fromEntries(Object.entries(properties).filter(([key]) => key !== "scriptOperations"));
  if (!inputs.schemas.properties({ properties: schemaProperties })) {
    failures.push(...describeSchemaErrors(inputs.schemas.properties.errors).map((error) => `${PROPERTIES_FILE} does not match paconn's schema ${error}`));
  }
  if (!stringAt(properties, "publisher")?.trim()) failures.push(`${PROPERTIES_FILE}: publisher is not set`);
  return failures;
}

function icon({ icon: bytes }: Inputs): string[] {
  if (!bytes) return [`${ICON_FILE} is missing`];
  const png = Buffer.from(bytes);
  if (png.length < 24 || !png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return [`${ICON_FILE} is not a PNG`];
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  return width === height ? [] : [`${ICON_FILE} is ${width}x${height}; connector icons are square`];
}

function customCode({ definition, properties, script }: Inputs): string[] {
  if (!definition || !properties) return [];
  const failures: string[] = [];
  const listed = properties.scriptOperations;
  if (listed !== undefined && (!Array.isArray(listed) || !listed.every((id) => typeof id === "string"))) {
    return [`${PROPERTIES_FILE}: scriptOperations must be a list of operationIds`];
  }
  const operations = stringList(listed);
  const ids = new Set(operationsOf(definition).map((op) => stringAt(op.operation, "operationId")));
  for (const id of operations) {
    if (!ids.has(id)) failures.push(`${PROPERTIES_FILE}: scriptOperations lists ${id}, which ${DEFINITION_FILE} does not define`);
  }
  if (!script) {
    if (operations.length > 0) failures.push(`${SCRIPT_FILE} is missing; apiProperties.json runs ${operations.join(", ")} through it`);
    return failures;
  }
  if (operations.length === 0) failures.push(`${SCRIPT_FILE} exists but ${PROPERTIES_FILE} lists no scriptOperations; name the operations it serves`);
  if (script.length >= MAX_SCRIPT_BYTES) failures.push(`${SCRIPT_FILE} is ${(script.length / 1024 / 1024).toFixed(2)} MB; custom code must stay under 1 MB`);
  const text = Buffer.from(script).toString("utf8");
  const code = withoutCommentsAndStrings(text);
  if (!/\bclass\s+Script\s*:\s*ScriptBase\b/.test(code)) failures.push(`${SCRIPT_FILE} does not define class Script : ScriptBase`);
  if (!/\boverride\b[^;{}()]*\bExecuteAsync\s*\(/.test(code)) failures.push(`${SCRIPT_FILE} does not override ExecuteAsync`);
  const host = stringAt(definition, "host")?.toLowerCase();
  for (const literal of stringLiterals(text)) {
    for (const [, other] of literal.value.matchAll(/\bhttps?:\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/gi)) {
      if (other && other.toLowerCase() !== host) {
        failures.push(`${SCRIPT_FILE} (line ${literal.line}) calls ${other}; custom code may only call the connector's host ${host ?? "(none set)"}`);
      }
    }
  }
  return failures;
}

const RULES: readonly { rule: string; title: string; run: (inputs: Inputs) => string[] }[] = [
  { rule: "swagger-2.0", title: "Swagger 2.0, valid against the connector schema", run: swagger2 },
  { rule: "operation-docs", title: "every operation has operationId, summary and description", run: operationDocs },
  { rule: "paging", title: "list operations are pageable and cap their page size", run: paging },
  { rule: "error-responses", title: "every operation documents the error envelope and 401/403/429", run: errorResponses },
  { rule: "oauth", title: "OAuth with listed, narrow scopes", run: oauth },
  { rule: "no-secrets", title: "no secret in any file of the solution", run: noSecrets },
  { rule: "https-only", title: "https only", run: httpsOnly },
  { rule: "brand-colour", title: "brand colour set and not a default", run: brandColour },
  { rule: "definition-size", title: "definition under 1 MB", run: definitionSize },
  { rule: "api-properties", title: "apiProperties.json valid, publisher set", run: apiProperties },
  { rule: "icon", title: "a square PNG icon", run: icon },
  { rule: "custom-code", title: "custom code: listed operations exist, a Script : ScriptBase under 1 MB that calls only the connector's host", run: customCode },
];

/** Runs every rule over the solution's source files (paths relative to Solutions/). */
export function checkConnector(files: readonly SourceFile[], schemas: ConnectorSchemas): RuleResult[] {
  const unreadable: string[] = [];
  const definition = readJson(files, DEFINITION_PATH, unreadable);
  const properties = readJson(files, PROPERTIES_PATH, unreadable);
  const inputs: Inputs = {
    files,
    schemas,
    definitionBytes: definition.bytes,
    definition: definition.object,
    properties: objectAt(properties.object, "properties"),
    icon: files.find((file) => file.path === ICON_PATH)?.bytes,
    script: files.find((file) => file.path === SCRIPT_PATH)?.bytes,
    unreadable,
  };
  if (properties.object && !inputs.properties) unreadable.push(`${PROPERTIES_FILE} has no "properties" object`);
  return RULES.map(({ rule, title, run }) => ({ rule, title, failures: run(inputs) }));
}

/** Folders of Solutions/ that are not the solution's source: build output and third-party schemas. */
const NOT_SOURCE = new Set(["dist", "schemas", "bin", "obj"]);

/** Every file of the solution source under Solutions/, as the checks read them. */
export function readSolutionFiles(layout: SolutionLayout): SourceFile[] {
  const files: SourceFile[] = [];
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(layout.solutions, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(relative === "" && NOT_SOURCE.has(entry.name))) visit(name);
      } else {
        files.push({ path: name, bytes: fs.readFileSync(path.join(layout.solutions, name)) });
      }
    }
  };
  visit("");
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

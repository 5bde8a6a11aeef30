import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkConnector,
  DEFINITION_PATH,
  ICON_PATH,
  PROPERTIES_PATH,
  readSolutionFiles,
  SCRIPT_PATH,
} from "../../../scripts/solution/checkConnector";
import { loadConnectorSchemas } from "../../../scripts/solution/connectorSchemas";
import type { SourceFile } from "../../../scripts/solution/findSecrets";
import { arrayAt, isJsonObject, type JsonObject } from "../../../scripts/solution/json";
import { REPOSITORY } from "../../../scripts/solution/layout";
import { PROJECT_ROOT } from "../../../scripts/pcfBuild";

const schemas = loadConnectorSchemas(REPOSITORY.schemas);
const real = readSolutionFiles(REPOSITORY);

function failing(files: readonly SourceFile[]) {
  return checkConnector(files, schemas).filter((result) => result.failures.length > 0);
}

/** The object at a path of keys; fails the test when the real file has no such object. */
function at(value: unknown, ...keys: string[]): JsonObject {
  let current = value;
  for (const key of keys) current = isJsonObject(current) ? current[key] : undefined;
  if (!isJsonObject(current)) throw new Error(`no object at ${keys.join(".")}`);
  return current;
}

/** A copy of the solution's files with JSON files edited. */
function edited(edits: Record<string, (json: JsonObject) => void>): SourceFile[] {
  return real.map((source) => {
    const edit = edits[source.path];
    if (!edit) return source;
    const json: unknown = JSON.parse(Buffer.from(source.bytes).toString("utf8"));
    if (!isJsonObject(json)) throw new Error(`${source.path} is not an object`);
    edit(json);
    return { path: source.path, bytes: Buffer.from(JSON.stringify(json, null, 2)) };
  });
}

const definition = (edit: (json: JsonObject) => void) => edited({ [DEFINITION_PATH]: edit });
const properties = (edit: (json: JsonObject) => void) => edited({ [PROPERTIES_PATH]: (json) => edit(at(json, "properties")) });
const listOrders = (json: JsonObject) => at(json, "paths", "/orders", "get");
const withFile = (file: SourceFile) => [...real, file];
const replaceFile = (name: string, bytes: Uint8Array) => real.map((file) => (file.path === name ? { path: name, bytes } : file));
const realScript = Buffer.from(real.find((file) => file.path === SCRIPT_PATH)?.bytes ?? []).toString("utf8");
/** A copy of the solution whose script.csx is `edit` of the real one. */
const script = (edit: (text: string) => string) => replaceFile(SCRIPT_PATH, Buffer.from(edit(realScript)));
const listOrdersNextPage = (json: JsonObject) => at(json, "paths", "/orders/nextpage", "get");

function png(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12);
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

describe("check:connector on the real connector", () => {
  it("passes every rule of the checklist", () => {
    const results = checkConnector(real, schemas);
    expect(results.map((result) => result.rule)).toEqual([
      "swagger-2.0", "operation-docs", "paging", "error-responses", "oauth", "no-secrets",
      "https-only", "brand-colour", "definition-size", "api-properties", "icon", "custom-code",
    ]);
    expect(results.filter((result) => result.failures.length > 0)).toEqual([]);
  });

  it("scans every file of the solution source, not the built zips or the third-party schemas", () => {
    const paths = real.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([DEFINITION_PATH, PROPERTIES_PATH, ICON_PATH, SCRIPT_PATH, "src/Other/Solution.xml", "ContosoSalesConnector.cdsproj"]));
    expect(paths.filter((file) => file.startsWith("dist/") || file.startsWith("schemas/"))).toEqual([]);
  });
});

describe("check:connector on a broken copy fires exactly the rule that is broken", () => {
  const cases: { name: string; rule: string; files: () => SourceFile[]; message: RegExp }[] = [
    { name: "OpenAPI 3", rule: "swagger-2.0", message: /"swagger" is "3\.0\.0"; custom connectors take Swagger \(OpenAPI\) 2\.0 only/,
      files: () => definition((json) => { json.swagger = "3.0.0"; }) },
    { name: "a definition that is not JSON", rule: "swagger-2.0", message: /Solutions\/connector\/apiDefinition\.swagger\.json is not valid JSON/,
      files: () => replaceFile(DEFINITION_PATH, Buffer.from('{ "swagger": "2.0", ')) },
    { name: "a parameter Swagger 2.0 does not allow", rule: "swagger-2.0", message: /is not valid Swagger 2\.0 at \/paths\/~1orders\/get\/parameters/,
      files: () => definition((json) => { arrayAt(listOrders(json), "parameters")?.push({ name: "session", in: "cookie", type: "string" }); }) },
    { name: "no summary", rule: "operation-docs", message: /^GET \/orders \(ListOrders\) has no summary$/,
      files: () => definition((json) => { delete listOrders(json).summary; }) },
    { name: "no description", rule: "operation-docs", message: /^GET \/orders \(ListOrders\) has no description$/,
      files: () => definition((json) => { listOrders(json).description = " "; }) },
    { name: "a list that is not pageable", rule: "paging", message: /returns a list but is not x-ms-pageable/,
      files: () => definition((json) => { delete listOrders(json)["x-ms-pageable"]; }) },
    { name: "an uncapped page size", rule: "paging", message: /has no page size parameter with a maximum/,
      files: () => definition((json) => { delete at(arrayAt(listOrders(json), "parameters")?.[1]).maximum; }) },
    { name: "no updatenextlink policy", rule: "paging", message: /apiProperties\.json has no updatenextlink policy for "nextLink"/,
      files: () => properties((json) => { json.policyTemplateInstances = arrayAt(json, "policyTemplateInstances")?.slice(0, 1); }) },
    { name: "a next-page operation that returns another schema than the list it follows", rule: "paging",
      message: /^GET \/orders\/nextpage \(ListOrdersNextPage\) follows the nextLink of GET \/orders \(ListOrders\) but its 200 response is another schema$/,
      files: () => definition((json) => { at(listOrdersNextPage(json), "responses", "200").schema = { type: "array", items: { $ref: "#/definitions/Order" } }; }) },
    { name: "no default response", rule: "error-responses", message: /does not document a default \(error\) response/,
      files: () => definition((json) => { delete at(listOrders(json), "responses").default; }) },
    ...["401", "403", "429"].map((status) => ({
      name: `no ${status}`, rule: "error-responses", message: new RegExp(`does not document a ${status} response`),
      files: () => definition((json) => {
        const operation = listOrders(json);
        operation.responses = Object.fromEntries(Object.entries(at(operation, "responses")).filter(([code]) => code !== status));
      }),
    })),
    { name: "an error that is not the envelope", rule: "error-responses", message: /the 500 response is not the error envelope/,
      files: () => definition((json) => { at(listOrders(json), "responses", "500").schema = { type: "string" }; }) },
    { name: "a 429 without Retry-After", rule: "error-responses", message: /the 429 response does not document the Retry-After header/,
      files: () => definition((json) => { delete at(listOrders(json), "responses", "429", "headers")["Retry-After"]; }) },
    { name: "an API key instead of OAuth", rule: "oauth", message: /securityDefinitions\.apiKey is apiKey; the connector signs in with OAuth only/,
      files: () => definition((json) => { json.securityDefinitions = { apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" } }; }) },
    { name: "no scopes", rule: "oauth", message: /token\.oAuthSettings lists no scopes/,
      files: () => properties((json) => { at(json, "connectionParameters", "token", "oAuthSettings").scopes = []; }) },
    { name: "a .default scope", rule: "oauth", message: /scope api:\/\/contoso-sales\/\.default grants everything the app may do/,
      files: () => {
        const broad = "api://contoso-sales/.default";
        return edited({
          [DEFINITION_PATH]: (json) => {
            at(json, "securityDefinitions", "oauth2-auth").scopes = { [broad]: "Everything" };
            json.security = [{ "oauth2-auth": [broad] }];
          },
          [PROPERTIES_PATH]: (json) => { at(json, "properties", "connectionParameters", "token", "oAuthSettings").scopes = [broad]; },
        });
      } },
    { name: "scopes that differ between the files", rule: "oauth", message: /token asks for scopes api:\/\/contoso-sales\/Orders\.ReadWrite but the definition requests api:\/\/contoso-sales\/Orders\.Read/,
      files: () => properties((json) => { at(json, "connectionParameters", "token", "oAuthSettings").scopes = ["api://contoso-sales/Orders.ReadWrite"]; }) },
    { name: "a key asked from users", rule: "oauth", message: /connection parameter api_key asks users for a key or password/,
      files: () => properties((json) => { at(json, "connectionParameters").api_key = { type: "securestring", uiDefinition: { displayName: "API key" } }; }) },
    { name: "a client secret in apiProperties.json", rule: "no-secrets", message: /connector\/apiProperties\.json \(properties\.connectionParameters\.token\.oAuthSettings\.clientSecret\) holds a literal clientSecret/,
      files: () => properties((json) => { at(json, "connectionParameters", "token", "oAuthSettings").clientSecret = "Zx8Q~not-a-real-secret-0123456789"; }) },
    { name: "a subscription key set by a policy", rule: "no-secrets", message: /holds a literal value for the Ocp-Apim-Subscription-Key header/,
      files: () => properties((json) => {
        arrayAt(json, "policyTemplateInstances")?.push({ templateId: "setheader", title: "key", parameters: {
          "x-ms-apimTemplateParameter.name": "Ocp-Apim-Subscription-Key", "x-ms-apimTemplateParameter.value": "0123456789abcdef0123456789abcdef",
          "x-ms-apimTemplate-policySection": "Request" } });
      }) },
    { name: "a token pasted into a note", rule: "no-secrets", message: /Solutions\/connector\/notes\.md \(line 3\) holds a JSON Web Token/,
      files: () => withFile({ path: "connector/notes.md", bytes: Buffer.from("# Notes\n\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb250b3NvIn0.c2lnbmF0dXJl\n") }) },
    { name: "a client_secret in the solution source", rule: "no-secrets", message: /Solutions\/src\/Other\/Solution\.xml \(line 2\) holds a client_secret value/,
      files: () => replaceFile("src/Other/Solution.xml", Buffer.from('<?xml version="1.0"?>\n<!-- client_secret=abc123 -->\n<ImportExportXml />\n')) },
    { name: "a client secret in the custom code", rule: "no-secrets", message: /^Solutions\/connector\/script\.csx \(line \d+\) holds a literal ClientSecret;/,
      files: () => script((text) => `${text}\ninternal static class Settings { internal const string ClientSecret = "Zx8Q~not-a-real-secret-0123456789"; }\n`) },
    { name: "a plain http address in the custom code", rule: "https-only", message: /^Solutions\/connector\/script\.csx: line \d+ is a plain http address \(http:\/\/sales\.contoso\.com\/api\/orders\)$/,
      files: () => script((text) => `${text}\ninternal static class Links { internal const string Orders = "http://sales.contoso.com/api/orders"; }\n`) },
    { name: "http as well as https", rule: "https-only", message: /schemes is \["http","https"\]; it must be \["https"\]/,
      files: () => definition((json) => { json.schemes = ["http", "https"]; }) },
    { name: "a plain http address", rule: "https-only", message: /info\.contact\.url is a plain http address \(http:\/\/sales\.contoso\.com\/support\)/,
      files: () => definition((json) => { at(json, "info", "contact").url = "http://sales.contoso.com/support"; }) },
    { name: "the wizard's default colour", rule: "brand-colour", message: /iconBrandColor #007ee5 is a default; set Contoso's brand colour/,
      files: () => properties((json) => { json.iconBrandColor = "#007ee5"; }) },
    { name: "a colour name", rule: "brand-colour", message: /iconBrandColor green is not a #rrggbb colour/,
      files: () => properties((json) => { json.iconBrandColor = "green"; }) },
    { name: "a definition of 1 MB", rule: "definition-size", message: /apiDefinition\.swagger\.json is 1\.\d\d MB; connectors take definitions under 1 MB/,
      files: () => definition((json) => { at(json, "info").description = "x".repeat(1024 * 1024); }) },
    { name: "no publisher", rule: "api-properties", message: /apiProperties\.json: publisher is not set/,
      files: () => properties((json) => { delete json.publisher; }) },
    { name: "a policy template that does not exist", rule: "api-properties", message: /apiProperties\.json does not match paconn's schema/,
      files: () => properties((json) => { arrayAt(json, "policyTemplateInstances")?.push({ templateId: "retrypolicy", parameters: {} }); }) },
    { name: "no icon", rule: "icon", message: /connector\/icon\.png is missing/,
      files: () => real.filter((file) => file.path !== ICON_PATH) },
    { name: "an icon that is not square", rule: "icon", message: /connector\/icon\.png is 230x100; connector icons are square/,
      files: () => replaceFile(ICON_PATH, png(230, 100)) },
    { name: "a script operation the definition does not define", rule: "custom-code",
      message: /^Solutions\/connector\/apiProperties\.json: scriptOperations lists GetOrder, which Solutions\/connector\/apiDefinition\.swagger\.json does not define$/,
      files: () => properties((json) => { json.scriptOperations = ["ListOrdersNextPage", "GetOrder"]; }) },
    { name: "script operations without the script", rule: "custom-code", message: /^Solutions\/connector\/script\.csx is missing; apiProperties\.json runs ListOrdersNextPage through it$/,
      files: () => real.filter((file) => file.path !== SCRIPT_PATH) },
    { name: "a script no operation runs", rule: "custom-code", message: /^Solutions\/connector\/script\.csx exists but Solutions\/connector\/apiProperties\.json lists no scriptOperations/,
      files: () => properties((json) => { delete json.scriptOperations; }) },
    { name: "script operations that are not a list", rule: "custom-code", message: /scriptOperations must be a list of operationIds/,
      files: () => properties((json) => { json.scriptOperations = "ListOrdersNextPage"; }) },
    { name: "a script of 1 MB", rule: "custom-code", message: /^Solutions\/connector\/script\.csx is 1\.\d\d MB; custom code must stay under 1 MB$/,
      files: () => script((text) => `${text}\n/*${"x".repeat(1024 * 1024)}*/\n`) },
    { name: "a script whose class is not Script : ScriptBase", rule: "custom-code", message: /^Solutions\/connector\/script\.csx does not define class Script : ScriptBase$/,
      files: () => script((text) => text.replace(/class\s+Script\s*:\s*ScriptBase/, "class NextPage : ScriptBase")) },
    { name: "a script that only mentions Script : ScriptBase in a comment", rule: "custom-code", message: /does not define class Script : ScriptBase$/,
      files: () => script((text) => `// class Script : ScriptBase, once\n${text.replace(/class\s+Script\s*:\s*ScriptBase/, "class NextPage : ScriptBase")}`) },
    { name: "a script that does not override ExecuteAsync", rule: "custom-code", message: /^Solutions\/connector\/script\.csx does not override ExecuteAsync$/,
      files: () => script((text) => text.replace(/\boverride(?=[^;{}()]*\bExecuteAsync\s*\()/, "")) },
    { name: "a script that calls another host", rule: "custom-code",
      message: /^Solutions\/connector\/script\.csx \(line \d+\) calls orders\.example\.net; custom code may only call the connector's host sales\.contoso\.com$/,
      files: () => script((text) => `${text}\ninternal static class Elsewhere { internal const string Orders = @"https://orders.example.net/api/orders"; }\n`) },
  ];

  it.each(cases)("$name → [$rule]", ({ rule, files, message }) => {
    const failed = failing(files());
    expect(failed.map((result) => result.rule)).toEqual([rule]);
    expect(failed[0]?.failures).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("reads addresses in the script's code, not in its comments", () => {
    expect(failing(script((text) => `// Power Platform's guide: https://learn.microsoft.com/connectors/custom-connectors/write-code\n${text}`))).toEqual([]);
  });

  it("covers every rule with at least one broken copy", () => {
    const covered = new Set(cases.map((testCase) => testCase.rule));
    expect(checkConnector(real, schemas).map((result) => result.rule).filter((rule) => !covered.has(rule))).toEqual([]);
  });
});

describe("npm run check:connector", () => {
  const cli = path.join(PROJECT_ROOT, "scripts", "solution", "cli", "checkConnector.ts");
  const tsx = path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");

  it("prints one line per failure and exits 1 on a broken copy of Solutions/", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "check-connector-"));
    try {
      fs.cpSync(REPOSITORY.solutions, path.join(root, "Solutions"), { recursive: true, filter: (source) => !source.startsWith(REPOSITORY.dist) });
      const file = path.join(root, "Solutions", DEFINITION_PATH);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"https"', '"http"').replace('"summary": "List orders",', ""));
      const run = spawnSync(process.execPath, [tsx, cli, root], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([
        "✗ [operation-docs] GET /orders (ListOrders) has no summary",
        '✗ [https-only] Solutions/connector/apiDefinition.swagger.json: schemes is ["http"]; it must be ["https"]',
        "check:connector: 2 of 12 rules failed (operation-docs, https-only).",
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("prints a one-line summary and exits 0 on the real files", () => {
    const run = spawnSync(process.execPath, [tsx, cli], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^check:connector: Contoso Sales \d+\.\d+\.\d+ passes all 12 rules \(definition \d+\.\d KB of 1 MB; \d+ files scanned for secrets\)\.\n$/);
  });
});

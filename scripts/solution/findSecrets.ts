/**
 * Finds secrets written into the solution's files: a client secret, key, password or token
 * given as a literal value. A connector's secrets are entered per environment, never in source.
 */
import { isJsonObject } from "./json";

export interface SourceFile {
  /** Relative to Solutions/, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface SecretFinding {
  path: string;
  where: string;
  what: string;
}

/** Property names (lower case, without - _ . or spaces) whose string value would be a secret. */
const SECRET_NAME = /(?:^|client|app|api|access|account|shared|private|subscription|refresh|id|bearer|sas|auth)(?:secret|password|passwd|pwd|key|token|connectionstring)$|^(?:secret|password|passwd|pwd|key|token|connectionstring|accountkey|apikey)$/;

const TEXT_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, "a JSON Web Token"],
  [/\bclient_secret\s*[=:]\s*["']?[^\s"'&,;}<]/i, "a client_secret value"],
  [/\b(?:AccountKey|SharedAccessKey|sig)=[A-Za-z0-9%+/]{16,}/, "a storage or SAS key"],
  [/\bBearer\s+[A-Za-z0-9\-._~+/]{20,}/, "a bearer token"],
  [/\b(?:password|pwd)\s*=\s*[^\s;"'<]/i, "a password in a connection string"],
];

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_. ]/g, "");
}

function isExpression(value: string): boolean {
  // @connectionParameters('…'), @headers('…'): the value comes from the connection at run time.
  return value.trimStart().startsWith("@");
}

function findInJson(value: unknown, where: string, found: (where: string, what: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findInJson(item, `${where}[${index}]`, found));
    return;
  }
  if (!isJsonObject(value)) return;
  const headerName = value["x-ms-apimTemplateParameter.name"];
  const headerValue = value["x-ms-apimTemplateParameter.value"];
  if (typeof headerName === "string" && SECRET_NAME.test(normalise(headerName)) && typeof headerValue === "string" && !isExpression(headerValue)) {
    found(`${where}.x-ms-apimTemplateParameter.value`, `a literal value for the ${headerName} header`);
  }
  for (const [key, child] of Object.entries(value)) {
    const path = where ? `${where}.${key}` : key;
    if (typeof child === "string" && child.trim() !== "" && SECRET_NAME.test(normalise(key)) && !isExpression(child)) {
      found(path, `a literal ${key}`);
    }
    if (key === "defaultValue" && value.type === "securestring" && typeof child === "string" && child !== "") {
      found(path, "a default value for a secure connection parameter");
    }
    findInJson(child, path, found);
  }
}

/** `clientSecret = "…"`, `const string ApiKey = @"…"` in custom code. */
const CODE_ASSIGNMENT = /\b([A-Za-z_]\w*)\s*=\s*[@$]*"([^"\n]+)"/g;

function findInCode(text: string, found: (index: number, what: string) => void): void {
  for (const match of text.matchAll(CODE_ASSIGNMENT)) {
    const [, name = "", value = ""] = match;
    if (SECRET_NAME.test(normalise(name)) && value.trim() !== "") found(match.index, `a literal ${name}`);
  }
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

export function findSecrets(files: readonly SourceFile[]): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const file of files) {
    if (file.bytes.includes(0)) continue; // binary (the icon)
    const text = Buffer.from(file.bytes).toString("utf8");
    for (const [pattern, what] of TEXT_PATTERNS) {
      const match = pattern.exec(text);
      if (match) findings.push({ path: file.path, where: `line ${lineOf(text, match.index)}`, what });
    }
    if (file.path.toLowerCase().endsWith(".csx")) {
      findInCode(text, (index, what) => findings.push({ path: file.path, where: `line ${lineOf(text, index)}`, what }));
    }
    if (file.path.toLowerCase().endsWith(".json")) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue; // other rules report files that are not JSON
      }
      findInJson(json, "", (where, what) => findings.push({ path: file.path, where, what }));
    }
  }
  return findings;
}

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import path from "node:path";
import { localeFromLanguageId } from "../../OrdersGrid/format/localeFromLanguageId";

/**
 * pcf-start's page loads React and ReactDOM from a CDN, which a machine without internet
 * cannot reach (the page stays blank: "React is not defined"). This proxy sits in front of
 * pcf-start, serves those two files from node_modules instead, and seeds the harness's
 * stored property values (localStorage, the harness's own mechanism) so the grid opens
 * connected to the local orders API. It also sets the user's language, which pcf-start
 * fixes at 1033: `?language=1031` on the page address picks it per page load.
 */
export interface HarnessProxyOptions {
  /** pcf-start's address, e.g. http://localhost:8181 */
  readonly target: string;
  readonly port: number;
  /** Property values the harness starts with when the user has not set them. */
  readonly defaultProperties: Readonly<Record<string, { Value: string; SelectedType: string }>>;
  readonly nodeModules: string;
  /**
   * The user's language (LCID) when the page address does not name one (`?language=1031`):
   * the resx strings the harness loads and `context.userSettings.languageId`.
   */
  readonly language: number;
}

/** The page address's query parameter that picks the language of one page load. */
export const LANGUAGE_PARAMETER = "language";
/**
 * The page's language, for the requests the page makes next (the manifest): they carry no
 * query of the page's, but its cookie.
 */
const LANGUAGE_COOKIE = "harness-language";
/** The global the page sets before harness.js runs; harness.js, rewritten, reads it. */
const USER_SETTINGS_GLOBAL = "__harnessUserSettings";

/** The page's `<script src>` of React or ReactDOM's UMD build on a CDN, whichever host it names. */
const CDN_SCRIPT = /https:\/\/[^/"]+\/(react|react-dom)@[^/"]+\/umd\/([\w.-]+\.js)/g;
const PROPERTIES_KEY = "Contoso.OrdersGrid_properties";

function seedScript(defaults: HarnessProxyOptions["defaultProperties"]): string {
  return `<script>(function(){try{var k=${JSON.stringify(PROPERTIES_KEY)},d=${JSON.stringify(defaults)};` +
    `var p=JSON.parse(localStorage.getItem(k)||"{}");var c=false;` +
    `for(var n in d){if(!p[n]||p[n].Value===undefined||p[n].Value===""){p[n]=d[n];c=true;}}` +
    `if(c)localStorage.setItem(k,JSON.stringify(p));}catch(e){}})();</script>`;
}

function userSettingsScript(lcid: number): string {
  const locale = localeFromLanguageId(lcid);
  const settings = { languageId: lcid, locale, formatInfoCultureId: lcid, formatInfoCultureName: locale };
  return `<script>window.${USER_SETTINGS_GLOBAL}=${JSON.stringify(settings)};</script>`;
}

export function rewriteHarnessPage(html: string, defaults: HarnessProxyOptions["defaultProperties"], lcid: number): string {
  return html
    .replace(CDN_SCRIPT, (_match, lib: string, file: string) => `/_vendor/${lib}/${file}`)
    .replace(/<script defer="defer" src="harness\.js">/, (tag) => `${userSettingsScript(lcid)}${seedScript(defaults)}${tag}`);
}

/** harness.js's user settings: a literal object with languageId 1033, which `context.userSettings` reads. */
const HARNESS_USER_SETTINGS = /this\.UserSettings=(\{userId:"\{[\d-]+\}"[^{}]*\})/;

/**
 * harness.js with its fixed user settings overlaid by the page's (the global the rewritten page
 * sets), so the control formats numbers and dates in the harness's language, and with its size
 * boxes read as no size while empty (fixHarnessScript). The script does not depend on the
 * language, so the browser may cache it.
 */
export function rewriteHarnessScript(script: string): string {
  const withUserSettings = script.replace(
    HARNESS_USER_SETTINGS,
    (_match, settings: string) => `this.UserSettings=Object.assign(${settings},window.${USER_SETTINGS_GLOBAL})`,
  );
  return fixHarnessScript(withUserSettings);
}

/**
 * pcf-start's harness sizes its control pane with `parseInt` of the Width and Height boxes,
 * which is NaN while they are empty (the default), so React warns that NaN is an invalid
 * width on every render. An empty box means no size: undefined, which React leaves out.
 */
export function fixHarnessScript(script: string): string {
  return script.replace(/parseInt\((this\.props\.contextInputs\[\w+\]),10\)/g, "(parseInt($1,10)||void 0)");
}

/**
 * The manifest with only one language's resx, so the harness shows that language. pcf-start
 * loads every resx the manifest lists into one table, so the last file read would win. A
 * language the control has no strings for keeps English, as a Power Apps host falls back.
 */
export function keepOneLanguage(manifestXml: string, lcid: number): string {
  const resx = /[ \t]*<resx\s+path="[^"]*?\.(\d+)\.resx"[^>]*\/>\r?\n?/g;
  const listed = new Set([...manifestXml.matchAll(resx)].map((match) => Number(match[1])));
  const keep = listed.has(lcid) ? lcid : 1033;
  return manifestXml.replace(resx, (tag, code: string) => (Number(code) === keep ? tag : ""));
}

/** A language id (LCID, e.g. 1031) from text; undefined for anything else. */
export function parseLanguageId(value: string | null | undefined): number | undefined {
  return value && /^\d{4,5}$/.test(value.trim()) ? Number(value) : undefined;
}

/** The page load's language: `?language=` on the page address, else the harness's. */
function pageLanguage(requestUrl: string, fallback: number): number {
  return parseLanguageId(new URL(requestUrl, "http://harness").searchParams.get(LANGUAGE_PARAMETER)) ?? fallback;
}

/** The language of the page a request comes from (its cookie), else the harness's. */
function requestLanguage(cookieHeader: string | undefined, fallback: number): number {
  const cookie = (cookieHeader ?? "").split(";").map((part) => part.trim().split("="));
  return parseLanguageId(cookie.find(([name]) => name === LANGUAGE_COOKIE)?.[1]) ?? fallback;
}

interface Rewriter {
  rewrite(text: string): string;
  /** The answer depends on the page's language. */
  readonly perLanguage: boolean;
}

/** What the proxy changes in pcf-start's answer to a path; undefined passes it through as is. */
function rewriterFor(pathname: string, lcid: number, defaults: HarnessProxyOptions["defaultProperties"]): Rewriter | undefined {
  if (pathname === "/" || pathname === "/index.html") return { rewrite: (html) => rewriteHarnessPage(html, defaults, lcid), perLanguage: true };
  if (pathname.endsWith("/ControlManifest.xml")) return { rewrite: (xml) => keepOneLanguage(xml, lcid), perLanguage: true };
  if (pathname === "/harness.js") return { rewrite: rewriteHarnessScript, perLanguage: false };
  return undefined;
}

export async function startHarnessProxy(options: HarnessProxyOptions): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(options.target);

  const server = http.createServer((req, res) => {
    const requestPath = req.url ?? "/";
    const vendor = /^\/_vendor\/(react|react-dom)\/([\w.-]+\.js)$/.exec(requestPath);
    if (vendor) {
      const file = path.join(options.nodeModules, vendor[1] ?? "", "umd", vendor[2] ?? "");
      fs.readFile(file, (err, data) => {
        if (err) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "max-age=3600" });
        res.end(data);
      });
      return;
    }
    const pathname = requestPath.split("?")[0] ?? "/";
    const isPage = pathname === "/" || pathname === "/index.html";
    const lcid = isPage ? pageLanguage(requestPath, options.language) : requestLanguage(req.headers.cookie, options.language);
    const rewriter = rewriterFor(pathname, lcid, options.defaultProperties);
    const headers = { ...req.headers, host: target.host };
    if (rewriter) delete headers["accept-encoding"];
    if (rewriter?.perLanguage) {
      delete headers["if-none-match"];
      delete headers["if-modified-since"];
    }
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, path: requestPath, method: req.method, headers },
      (upstreamRes) => {
        const isHtml = (upstreamRes.headers["content-type"] ?? "").includes("text/html");
        if (!rewriter || upstreamRes.statusCode !== 200 || (isPage && !isHtml)) {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
          return;
        }
        let text = "";
        upstreamRes.setEncoding("utf8");
        upstreamRes.on("data", (chunk: string) => (text += chunk));
        upstreamRes.on("end", () => {
          const body = rewriter.rewrite(text);
          const outHeaders: http.OutgoingHttpHeaders = { ...upstreamRes.headers, "content-length": String(Buffer.byteLength(body)) };
          delete outHeaders["transfer-encoding"];
          if (rewriter.perLanguage) {
            // Another page load may ask for another language: never answer it from this one's cache.
            outHeaders["cache-control"] = "no-store";
            delete outHeaders.etag;
            delete outHeaders["last-modified"];
          }
          if (isPage) outHeaders["set-cookie"] = `${LANGUAGE_COOKIE}=${lcid}; Path=/; SameSite=Strict`;
          res.writeHead(200, outHeaders);
          res.end(body);
        });
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });

  // browser-sync's live reload runs over a WebSocket: pass upgrades straight through.
  server.on("upgrade", (req, socket, head) => {
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method ?? "GET"} ${req.url ?? "/"} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i] ?? ""}: ${req.rawHeaders[i + 1] ?? ""}`);
      upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

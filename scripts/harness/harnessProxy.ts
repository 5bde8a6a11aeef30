import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import path from "node:path";

/**
 * pcf-start's page loads React and ReactDOM from a CDN, which a machine without internet
 * cannot reach (the page stays blank: "React is not defined"). This proxy sits in front of
 * pcf-start, serves those two files from node_modules instead, and seeds the harness's
 * stored property values (localStorage, the harness's own mechanism) so the grid opens
 * connected to the local orders API.
 */
export interface HarnessProxyOptions {
  /** pcf-start's address, e.g. http://localhost:8181 */
  readonly target: string;
  readonly port: number;
  /** Property values the harness starts with when the user has not set them. */
  readonly defaultProperties: Readonly<Record<string, { Value: string; SelectedType: string }>>;
  readonly nodeModules: string;
  /**
   * The language (LCID) whose strings the harness shows. pcf-start loads every resx the
   * manifest lists into one table, so the last file read would win; the proxy lists only this one.
   */
  readonly language: number;
}

/** The page's `<script src>` of React or ReactDOM's UMD build on a CDN, whichever host it names. */
const CDN_SCRIPT = /https:\/\/[^/"]+\/(react|react-dom)@[^/"]+\/umd\/([\w.-]+\.js)/g;
const PROPERTIES_KEY = "Contoso.OrdersGrid_properties";

function seedScript(defaults: HarnessProxyOptions["defaultProperties"]): string {
  return `<script>(function(){try{var k=${JSON.stringify(PROPERTIES_KEY)},d=${JSON.stringify(defaults)};` +
    `var p=JSON.parse(localStorage.getItem(k)||"{}");var c=false;` +
    `for(var n in d){if(!p[n]||p[n].Value===undefined||p[n].Value===""){p[n]=d[n];c=true;}}` +
    `if(c)localStorage.setItem(k,JSON.stringify(p));}catch(e){}})();</script>`;
}

export function rewriteHarnessPage(html: string, defaults: HarnessProxyOptions["defaultProperties"]): string {
  return html
    .replace(CDN_SCRIPT, (_match, lib: string, file: string) => `/_vendor/${lib}/${file}`)
    .replace(/<script defer="defer" src="harness\.js">/, (tag) => `${seedScript(defaults)}${tag}`);
}

/**
 * pcf-start's harness sizes its control pane with `parseInt` of the Width and Height boxes,
 * which is NaN while they are empty (the default), so React warns that NaN is an invalid
 * width on every render. An empty box means no size: undefined, which React leaves out.
 */
export function fixHarnessScript(script: string): string {
  return script.replace(/parseInt\((this\.props\.contextInputs\[\w+\]),10\)/g, "(parseInt($1,10)||void 0)");
}

/** The manifest with only one language's resx, so the harness shows that language. */
export function keepOneLanguage(manifestXml: string, lcid: number): string {
  return manifestXml.replace(/[ \t]*<resx\s+path="[^"]*?\.(\d+)\.resx"[^>]*\/>\r?\n?/g, (tag, code: string) => (Number(code) === lcid ? tag : ""));
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
    const isPage = requestPath === "/" || requestPath.startsWith("/index.html") || requestPath.startsWith("/?");
    const isManifest = requestPath.split("?")[0]?.endsWith("/ControlManifest.xml") ?? false;
    const isScript = requestPath.split("?")[0] === "/harness.js";
    const headers = { ...req.headers, host: target.host };
    if (isPage || isManifest || isScript) delete headers["accept-encoding"];
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, path: requestPath, method: req.method, headers },
      (upstreamRes) => {
        const rewrite = isManifest
          ? (text: string) => keepOneLanguage(text, options.language)
          : isScript
            ? fixHarnessScript
            : (text: string) => rewriteHarnessPage(text, options.defaultProperties);
        if (!isManifest && !isScript && (!isPage || !(upstreamRes.headers["content-type"] ?? "").includes("text/html"))) {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
          return;
        }
        let html = "";
        upstreamRes.setEncoding("utf8");
        upstreamRes.on("data", (chunk: string) => (html += chunk));
        upstreamRes.on("end", () => {
          const body = rewrite(html);
          const outHeaders = { ...upstreamRes.headers, "content-length": String(Buffer.byteLength(body)) };
          delete outHeaders["transfer-encoding"];
          res.writeHead(upstreamRes.statusCode ?? 200, outHeaders);
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

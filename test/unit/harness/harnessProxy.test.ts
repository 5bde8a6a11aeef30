import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import vm from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { keepOneLanguage, rewriteHarnessPage, rewriteHarnessScript, startHarnessProxy } from "../../../scripts/harness/harnessProxy";

const root = path.resolve(__dirname, "../../..");
const harnessPage = fs.readFileSync(path.join(root, "node_modules/pcf-start/index.html"), "utf8");
const harnessScript = fs.readFileSync(path.join(root, "node_modules/pcf-start/harness.js"), "utf8");
const manifest = [1033, 1031, 1036, 1041].map((lcid) => `<resx path="strings/OrdersGrid.${lcid}.resx" version="1.0.0"/>`).join("\n");

interface UserSettings {
  languageId: number;
  locale: string;
  formatInfoCultureId: number;
}

/**
 * The user settings harness.js hands the control, after a page's inline scripts ran: the
 * harness's own object literal, evaluated as harness.js's constructor would.
 */
function userSettingsSeenBy(page: string, script: string): UserSettings {
  const window = {};
  const sandbox = vm.createContext({ window, localStorage: { getItem: () => null, setItem: () => undefined } });
  for (const [, inline] of page.matchAll(/<script>([\s\S]*?)<\/script>/g)) vm.runInContext(inline ?? "", sandbox);
  const assignment = /this\.UserSettings=(.*?),this\.OrgSettings=/.exec(script)?.[1];
  // The literal names one function of harness.js's own (the time zone offset): stub it.
  const offsetFunction = /getTimeZoneOffsetMinutes:(\w+)/.exec(assignment ?? "")?.[1];
  if (!assignment || !offsetFunction) throw new Error("harness.js no longer sets UserSettings where the proxy expects it");
  return vm.runInContext(`var ${offsetFunction}=function(){return 0};(${assignment})`, sandbox) as UserSettings;
}

describe("the offline harness proxy", () => {
  it("points pcf-start's page at React from node_modules and seeds the API address", () => {
    const rewritten = rewriteHarnessPage(harnessPage, { apiBaseUrl: { Value: "http://127.0.0.1:4000", SelectedType: "SingleLine.Text" } }, 1033);
    const sources = [...rewritten.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(["/_vendor/react/react.development.js", "/_vendor/react-dom/react-dom.development.js", "harness.js"]);
    expect(rewritten).toContain('"apiBaseUrl":{"Value":"http://127.0.0.1:4000"');
    expect(rewritten.indexOf("Contoso.OrdersGrid_properties")).toBeLessThan(rewritten.indexOf('src="harness.js"'));
  });

  it("lists one language's strings so the harness shows that language", () => {
    expect(keepOneLanguage(manifest, 1031).trim()).toBe('<resx path="strings/OrdersGrid.1031.resx" version="1.0.0"/>');
    expect(keepOneLanguage(manifest, 1033)).not.toContain("1041");
  });

  it("keeps the English strings for a language the control has none for", () => {
    expect(keepOneLanguage(manifest, 1040).trim()).toBe('<resx path="strings/OrdersGrid.1033.resx" version="1.0.0"/>');
  });

  it("hands the control the harness's language as context.userSettings (pcf-start fixes it at 1033)", () => {
    expect(userSettingsSeenBy(harnessPage, harnessScript).languageId).toBe(1033);
    const german = userSettingsSeenBy(rewriteHarnessPage(harnessPage, {}, 1031), rewriteHarnessScript(harnessScript));
    expect(german).toMatchObject({ languageId: 1031, locale: "de-DE", formatInfoCultureId: 1031 });
    expect(userSettingsSeenBy(rewriteHarnessPage(harnessPage, {}, 1041), rewriteHarnessScript(harnessScript)).languageId).toBe(1041);
  });

  describe("in front of pcf-start", () => {
    const servers: { close(): Promise<void> }[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    });

    /** pcf-start's three answers the proxy changes, served as pcf-start serves them. */
    async function startFakePcfStart(): Promise<string> {
      const files: Record<string, [string, string]> = {
        "/": ["text/html", harnessPage],
        "/harness.js": ["application/javascript", harnessScript],
        "/ControlManifest.xml": ["text/xml", `<manifest>\n${manifest}\n</manifest>`],
      };
      const server = http.createServer((req, res) => {
        const file = files[(req.url ?? "/").split("?")[0] ?? "/"];
        if (!file) return void res.writeHead(404).end();
        res.writeHead(200, { "content-type": file[0], etag: '"1"' }).end(file[1]);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    async function startProxy(language: number) {
      const proxy = await startHarnessProxy({ target: await startFakePcfStart(), port: 0, defaultProperties: {}, nodeModules: path.join(root, "node_modules"), language });
      servers.push(proxy);
      const get = async (pathAndQuery: string, cookie?: string) => {
        const response = await fetch(new URL(pathAndQuery, proxy.url), cookie ? { headers: { cookie } } : {});
        return { text: await response.text(), cookie: response.headers.get("set-cookie")?.split(";")[0], cacheControl: response.headers.get("cache-control") };
      };
      /** What one page load gets: the page, then harness.js and the manifest with the page's cookie. */
      const load = async (pageAddress: string) => {
        const page = await get(pageAddress);
        const script = await get("/harness.js", page.cookie);
        const manifestXml = await get("/ControlManifest.xml", page.cookie);
        return { settings: userSettingsSeenBy(page.text, script.text), resx: [...manifestXml.text.matchAll(/OrdersGrid\.(\d+)\.resx/g)].map((m) => Number(m[1])), page, manifestXml };
      };
      return { load };
    }

    it("gives a page load HARNESS_LANGUAGE's strings and user language", async () => {
      const proxy = await startProxy(1031);
      const load = await proxy.load("/");
      expect(load.settings.languageId).toBe(1031);
      expect(load.resx).toEqual([1031]);
    });

    it("lets ?language= pick another language for one page load, and the next load go back", async () => {
      const proxy = await startProxy(1033);
      const german = await proxy.load("/?language=1031");
      expect(german.settings).toMatchObject({ languageId: 1031, locale: "de-DE" });
      expect(german.resx).toEqual([1031]);
      expect([german.page.cacheControl, german.manifestXml.cacheControl]).toEqual(["no-store", "no-store"]);

      const english = await proxy.load("/");
      expect(english.settings.languageId).toBe(1033);
      expect(english.resx).toEqual([1033]);
      expect((await proxy.load("/?language=not-a-language")).settings.languageId).toBe(1033);
    });
  });
});

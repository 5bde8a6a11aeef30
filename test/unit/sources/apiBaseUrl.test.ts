import { describe, expect, it } from "vitest";
import { parseApiBaseUrl } from "../../../OrdersGrid/sources/apiBaseUrl";

describe("parseApiBaseUrl", () => {
  it.each([
    ["https://sales.contoso.com/api", "https://sales.contoso.com/api"],
    ["  https://sales.contoso.com/api//  ", "https://sales.contoso.com/api"],
    ["http://localhost:4000", "http://localhost:4000/"],
    ["http://127.0.0.1:4000", "http://127.0.0.1:4000/"],
    ["http://[::1]:4000", "http://[::1]:4000/"],
  ])("accepts %s", (raw, href) => {
    const result = parseApiBaseUrl(raw);
    expect(result.ok && result.url.href).toBe(href);
  });

  it.each([
    [undefined, "missing"],
    ["", "missing"],
    ["   ", "missing"],
    ["sales.contoso.com", "invalid"],
    ["ftp://sales.contoso.com", "invalid"],
    ["javascript:alert(1)", "invalid"],
    ["https://user:pw@sales.contoso.com", "credentials"],
    ["https://user@sales.contoso.com/api", "credentials"],
    ["https://:token@sales.contoso.com", "credentials"],
    ["http://user:pw@localhost:4000", "credentials"],
    ["http://sales.contoso.com", "insecure"],
    ["http://10.0.0.5", "insecure"],
  ])("refuses %s as %s", (raw, problem) => {
    expect(parseApiBaseUrl(raw)).toEqual({ ok: false, problem });
  });
});

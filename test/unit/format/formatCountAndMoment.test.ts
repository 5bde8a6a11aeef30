import { describe, expect, it } from "vitest";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import { localeFromLanguageId } from "../../../OrdersGrid/format/localeFromLanguageId";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const countIn = (locale: string) => createOrderFormatters(locale).count;
const momentIn = (locale: string, timeZone: string) => createOrderFormatters(locale, timeZone).moment;

describe("count", () => {
  it.each([
    [1033, "10,000"],
    [1031, "10.000"],
    [1036, "10 000"],
    [1041, "10,000"],
  ])("writes 10000 for language %s as %s", (lcid, expected) => {
    expect(plain(countIn(localeFromLanguageId(lcid))(10_000))).toBe(expected);
  });
});

describe("moment", () => {
  const now = Date.UTC(2026, 11, 1, 9, 0);

  it("gives the time alone for later today, and the date with the time for another day", () => {
    const en = momentIn("en-US", "UTC");
    expect(plain(en(now + 2 * 3_600_000, now))).toBe("11:00 AM");
    expect(plain(en(now + 86_400_000, now))).toBe("Dec 2, 2026, 9:00 AM");
    const de = momentIn("de-DE", "UTC");
    expect(de(now + 2 * 3_600_000, now)).toBe("11:00");
    expect(plain(de(now + 86_400_000, now))).toBe("02.12.2026, 09:00");
  });

  it("decides what is today in the user's time zone, not in UTC", () => {
    // 20:00 UTC on 1 December is already 2 December in Tokyo.
    const evening = Date.UTC(2026, 11, 1, 20, 0);
    expect(momentIn("en-US", "Asia/Tokyo")(evening, now)).toMatch(/^Dec 2, 2026/);
    expect(plain(momentIn("en-US", "UTC")(evening, now))).toBe("8:00 PM");
  });
});

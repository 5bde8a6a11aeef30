import { describe, expect, it } from "vitest";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import { localeFromLanguageId } from "../../../OrdersGrid/format/localeFromLanguageId";
import { makeOrder } from "../../support/fakeSource";

// Intl puts narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("createOrderFormatters", () => {
  it.each([
    ["en-US", "EUR", "€1,234.50"],
    ["de-DE", "EUR", "1.234,50 €"],
    ["fr-FR", "EUR", "1 234,50 €"],
    ["ja-JP", "USD", "$1,234.50"],
    ["de-DE", "USD", "1.234,50 $"],
  ])("formats a total in %s (%s) as %s", (locale, currency, expected) => {
    expect(plain(createOrderFormatters(locale).total(makeOrder(0, { total: 1234.5, currency })))).toBe(expected);
  });

  it("formats a total without a valid currency as a plain number", () => {
    const format = createOrderFormatters("de-DE");
    expect(format.total(makeOrder(0, { total: 1234.5, currency: undefined }))).toBe("1.234,50");
    expect(format.total(makeOrder(0, { total: 1234.5, currency: "not-a-code" }))).toBe("1.234,50");
    expect(format.total(makeOrder(0, { total: undefined }))).toBe("");
  });

  it.each([
    ["en-US", "2026-03-14", "Mar 14, 2026"],
    ["de-DE", "2026-03-14", "14.03.2026"],
    ["ja-JP", "2026-03-14", "2026/03/14"],
    ["fr-FR", "2026-03-14", "14 mars 2026"],
  ])("formats a date-only value in %s without shifting the day", (locale, iso, expected) => {
    expect(createOrderFormatters(locale).date(iso)).toBe(expected);
  });

  it("formats a date-time in the user's locale and shows unparsable dates as sent", () => {
    const format = createOrderFormatters("de-DE", "UTC");
    expect(plain(format.date("2026-03-14T09:30:00Z"))).toBe("14.03.2026, 09:30");
    expect(format.date("next Tuesday")).toBe("next Tuesday");
    expect(format.date(undefined)).toBe("");
  });

  it.each([
    ["2026-03-14T09:30:00Z", "14.03.2026, 09:30"],
    ["2026-03-14T10:30:00+01:00", "14.03.2026, 09:30"],
    ["2026-03-14T09:30:00.1234567Z", "14.03.2026, 09:30"],
    ["2026-03-14T09:30Z", "14.03.2026, 09:30"],
    ["2024-02-29", "29.02.2024"],
  ])("formats the ISO 8601 value %s as %s", (iso, expected) => {
    expect(plain(createOrderFormatters("de-DE", "UTC").date(iso))).toBe(expected);
  });

  it.each([
    ["a US date", "03/14/2026"],
    ["a German date", "14.03.2026"],
    ["a month and day", "March 14"],
    ["an RFC 1123 date", "Sat, 14 Mar 2026 09:30:00 GMT"],
    ["a day the month does not have", "2026-02-30"],
    ["29 February of a common year", "2026-02-29"],
    ["month 13", "2026-13-01"],
    ["hour 25", "2026-03-14T25:00:00Z"],
    ["an offset of 24 hours", "2026-03-14T09:30:00+24:00"],
    ["a date and time without the T", "2026-03-14 09:30"],
    ["a bare year", "2026"],
  ])("shows %s (%s) as sent, never Invalid Date", (_name, text) => {
    const format = createOrderFormatters("en-US", "UTC");
    expect(format.date(text)).toBe(text);
  });
});

describe("localeFromLanguageId", () => {
  it.each([
    [1033, "en-US"],
    [1031, "de-DE"],
    [1036, "fr-FR"],
    [1041, "ja-JP"],
    [2055, "de-CH"],
    [4108, "fr-CH"],
    [2064, "it-CH"],
    [5127, "de-LI"],
    [99999, "en-US"],
    [undefined, "en-US"],
  ])("%s → %s", (lcid, locale) => {
    expect(localeFromLanguageId(lcid)).toBe(locale);
  });
});

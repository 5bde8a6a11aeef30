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
});

describe("localeFromLanguageId", () => {
  it.each([
    [1033, "en-US"],
    [1031, "de-DE"],
    [1036, "fr-FR"],
    [1041, "ja-JP"],
    [99999, "en-US"],
    [undefined, "en-US"],
  ])("%s → %s", (lcid, locale) => {
    expect(localeFromLanguageId(lcid)).toBe(locale);
  });
});

import type { Theme } from "@fluentui/react-components";

/**
 * The host's Fluent v9 theme (modern theming), or undefined for the default. PCF's typings
 * declare `tokenTheme` with a Theme of their own that resolves to `any`: the value is checked
 * to be an object and taken as the Fluent theme the host hands over.
 */
export function readTheme(design: { readonly tokenTheme?: unknown } | undefined): Theme | undefined {
  const theme = design?.tokenTheme;
  return typeof theme === "object" && theme !== null ? (theme as Theme) : undefined;
}

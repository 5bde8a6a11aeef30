/** Locale tags of the languages Dataverse ships, by LCID (context.userSettings.languageId). */
const LOCALES: Readonly<Record<number, string>> = {
  1025: "ar-SA", 1026: "bg-BG", 1027: "ca-ES", 1028: "zh-TW", 1029: "cs-CZ", 1030: "da-DK",
  1031: "de-DE", 1032: "el-GR", 1033: "en-US", 1035: "fi-FI", 1036: "fr-FR", 1037: "he-IL",
  1038: "hu-HU", 1040: "it-IT", 1041: "ja-JP", 1042: "ko-KR", 1043: "nl-NL", 1044: "nb-NO",
  1045: "pl-PL", 1046: "pt-BR", 1048: "ro-RO", 1049: "ru-RU", 1050: "hr-HR", 1051: "sk-SK",
  1053: "sv-SE", 1054: "th-TH", 1055: "tr-TR", 1057: "id-ID", 1058: "uk-UA", 1060: "sl-SI",
  1061: "et-EE", 1062: "lv-LV", 1063: "lt-LT", 1066: "vi-VN", 1069: "eu-ES", 1081: "hi-IN",
  1086: "ms-MY", 1087: "kk-KZ", 1110: "gl-ES", 2052: "zh-CN", 2070: "pt-PT", 2074: "sr-Latn-RS",
  3076: "zh-HK", 3082: "es-ES", 3098: "sr-Cyrl-RS", 2057: "en-GB", 3081: "en-AU", 4105: "en-CA",
  3084: "fr-CA", 2055: "de-CH", 3079: "de-AT", 2067: "nl-BE", 2060: "fr-BE",
  // Switzerland's and Liechtenstein's other languages: their formats, and Excel's ; in a CSV.
  4108: "fr-CH", 2064: "it-CH", 5127: "de-LI",
};

export const DEFAULT_LOCALE = "en-US";

/** The user's locale from the host's language id; the browser's language is never used. */
export function localeFromLanguageId(languageId: number | undefined): string {
  return LOCALES[languageId ?? 0] ?? DEFAULT_LOCALE;
}

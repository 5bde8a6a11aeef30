/** Every string the view shows; each has an entry in every strings/OrdersGrid.<lcid>.resx. */
export const STRING_KEYS = [
  "Grid_Label",
  "Column_Id",
  "Column_Date",
  "Column_Customer",
  "Column_Status",
  "Column_Total",
  "Column_Currency",
  "Sort_Ascending",
  "Sort_Descending",
  "Sort_Clear",
  "State_Loading",
  "State_Empty",
  "State_NotConfigured_Title",
  "State_NotConfigured_Body",
  "State_InvalidUrl_Body",
  "State_InsecureUrl_Body",
  "State_CredentialsUrl_Body",
  "State_WebApiNotConfigured_Body",
  "State_WebApiColumnsInvalid_Body",
  "State_SortQueryInvalid_Body",
  "State_SearchQueryInvalid_Body",
  "State_ColumnsInvalid_Body",
  "Footer_Loaded",
  "Footer_LoadingMore",
  "Footer_End",
  "Footer_Retrying",
  "Footer_RetryingIn",
  "Footer_Throttled",
  "Footer_Refreshing",
  "Footer_SortedLoaded",
  "Error_Title_unauthorized",
  "Error_Title_forbidden",
  "Error_Title_badRequest",
  "Error_Title_throttled",
  "Error_Title_server",
  "Error_Title_network",
  "Error_Title_timeout",
  "Error_Title_invalidResponse",
  "Error_Title_unsafeLink",
  "Error_Title_aborted",
  "Error_Title_unexpected",
  "Error_Title_pageLimit",
  "Error_Detail_NetworkError",
  "Error_Detail_RequestTimeout",
  "Error_Detail_RequestCancelled",
  "Error_Detail_InvalidJson",
  "Error_Detail_InvalidPage",
  "Error_Detail_NextLinkOtherOrigin",
  "Error_Detail_NextLinkInvalid",
  "Error_Detail_NextLinkCredentials",
  "Error_Detail_NextLinkCycle",
  "Error_Detail_PageLimitReached",
  "Error_Detail_LoadMoreTimeout",
  "Error_Detail_DatasetError",
  "Error_Detail_UnexpectedError",
  "Error_Detail_NoDetails",
  "Error_Detail_TechnicalMessage",
  "Error_Code",
  "Error_RequestId",
  "Error_KeptRows",
  "Action_Retry",
  "Action_Refresh",
  "Action_Copy",
  "Action_Copied",
  "Toast_Retrying",
  "Announce_Loaded",
  "Announce_MoreLoaded",
  "Announce_End",
  "Error_CallBackAt",
  "Action_RetryNow",
  "Search_Label",
  "Search_Placeholder",
  "Search_Clear",
  "Search_Matches",
  "Search_MatchesMore",
  "Search_Found",
  "Search_NoMatch",
  "Search_NoMatch_Body",
  "Search_NoMatch_BodyMore",
  "Action_LoadAll",
  "Action_Cancel",
  "Footer_LoadingAll",
  "Select_All",
  "Select_AllLoaded",
  "Select_Row",
  "Footer_Selected",
  "Copy_Done",
  "Copy_DoneHidden",
  "Copy_Failed",
  "Copy_CellDone",
  "Copy_CellFailed",
  "Action_Export",
  "Export_Done",
  "Export_DoneLoaded",
  "Export_DateIso",
  "Export_TotalNumber",
  "Export_Currency",
  "Column_Width",
  "Column_WidthMinimum",
  "Column_ResizeDescription",
  "Dataverse_Error_Title_unauthorized",
  "Dataverse_Error_Title_badRequest",
  "Dataverse_Error_Title_throttled",
  "Dataverse_Error_Title_server",
  "Dataverse_Error_Title_network",
  "Dataverse_Error_Title_timeout",
  "Dataverse_Error_Title_invalidResponse",
  "Dataverse_Error_Detail_NetworkError",
  "Dataverse_Error_CallBackAt",
  "Dataverse_Footer_Throttled",
  "App_Error_Title_server",
  "App_Error_Title_timeout",
  "Dataverse_Error_Detail_RequestTimeout",
  "App_Error_Detail_RequestTimeout",
  "State_WebApiNotConfigured_Title",
  "State_ColumnsInvalid_Title",
  "Problem_ColumnsEmptyEntry",
  "Problem_ColumnsEntryForm",
  "Problem_ColumnsUnknownField",
  "Problem_ColumnsNamedTwice",
  "Problem_DatasetNoColumn",
  "Problem_WebApiNoColumn",
  "Problem_WebApiColumnsForm",
  "Problem_WebApiColumnsUnknownField",
  "Problem_WebApiColumnsName",
  "Problem_WebApiColumnsNoId",
  "Problem_SortQueryNoName",
  "Problem_SortQueryPageParameter",
  "Problem_SortQueryPlaceholder",
  "Problem_SortQueryNoField",
  "Problem_SortQueryNoDirection",
] as const;

export type StringKey = (typeof STRING_KEYS)[number];
export type Strings = Readonly<Record<StringKey, string>>;

/**
 * The view's strings, each read through the host (`context.resources.getString`, a lookup in
 * the loaded resx) when the view asks for it. Only the keys' type reaches bundle.js; STRING_KEYS
 * is for the test that checks every resx file.
 */
export function readStrings(getString: (key: StringKey) => string): Strings {
  return new Proxy({} as Strings, {
    get: (_target, key) => (typeof key === "string" ? getString(key as StringKey) : undefined),
  });
}

/** A text from the resx with its placeholder values: what code that has no strings says, read where it is shown. */
export interface Phrase {
  readonly key: StringKey;
  readonly args?: readonly string[];
}

export const phrase = (key: StringKey, ...args: readonly string[]): Phrase => ({ key, args });

/** A phrase in the user's language. */
export const phraseText = (strings: Strings, { key, args = [] }: Phrase): string => fillTemplate(strings[key], ...args);

/** Fills `{0}`, `{1}`… placeholders, the resx convention. */
export function fillTemplate(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => String(args[Number(index)] ?? match));
}

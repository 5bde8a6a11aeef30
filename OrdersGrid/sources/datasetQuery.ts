import type { ColumnMap, DatasetColumn } from "../host/readDataset";
import type { OrderField } from "../orders/Order";
import type { SortColumn, SortDirection } from "../orders/OrderSort";

interface LikeCondition {
  attributeName: string;
  conditionOperator: 6;
  value: string;
}

/** The parts of the bound data-set (PCF's `DataSet`) that sort and filter it where the data is. */
export interface DatasetQueryPort {
  /** The host's own array: the sort is set by changing it, then `refresh()`. */
  readonly sorting?: { name: string; sortDirection: -1 | 0 | 1 }[] | undefined;
  readonly filtering?:
    | {
        getFilter(): { readonly conditions?: readonly unknown[] } | null | undefined;
        setFilter(expression: { filterOperator: 0 | 1; conditions: LikeCondition[] }): void;
        clearFilter(): void;
      }
    | undefined;
}

/** What the grid asks the data-set for: a sort by one of the order's fields, and the quick-find text. */
export interface DatasetQuery {
  readonly sort?: { readonly field: SortColumn; readonly direction: SortDirection } | undefined;
  readonly search?: string | undefined;
}

export interface DatasetQueryResult {
  /** The data-set sorts and filters as asked; false: the caller sorts or searches the loaded rows itself. */
  readonly applied: boolean;
  /** The data-set's sort or filter changed: it must be refreshed. */
  readonly changed: boolean;
}

/** The columns quick find searches in the data-set: the text ones the grid shows. */
const SEARCHED_FIELDS = ["id", "customer", "status"] as const satisfies readonly OrderField[];

/**
 * The columns quick find filters the data-set on: the text ones of its fields. `like` is a text
 * condition: Dataverse refuses it on a choice (OptionSet) or a lookup, whose values are numbers
 * and ids.
 */
function searchedColumns(columns: ColumnMap): DatasetColumn[] {
  return SEARCHED_FIELDS.map((field) => columns[field]).filter((column): column is DatasetColumn => column !== undefined && (column.dataType.startsWith("SingleLine") || column.dataType === "Multiple"));
}

/** Whether quick find can filter a data-set with these columns: it has a text column to search. */
export function datasetSearchable(columns: ColumnMap): boolean {
  return searchedColumns(columns).length > 0;
}

/**
 * Text as the literal letters it holds in a Dataverse pattern: `like` (ConditionOperator 6), and
 * the Web API's `contains`, take `%` and `_` as wildcards and `[` as a set; escaped as SQL does.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[[%_]/g, (c) => `[${c}]`);
}

/** FetchXML's `like` pattern for "contains `text`". */
export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** The data-set's sorting and filter conditions that `query` asks for, where it has the columns. */
function wantedQuery(columns: ColumnMap, query: DatasetQuery) {
  const sortColumn = query.sort ? columns[query.sort.field] : undefined;
  const sorting = query.sort && sortColumn ? [{ name: sortColumn.name, sortDirection: query.sort.direction === "ascending" ? (0 as const) : (1 as const) }] : [];
  const text = query.search?.trim();
  const searched = text ? searchedColumns(columns) : [];
  const conditions: LikeCondition[] = text ? searched.map((column) => ({ attributeName: column.name, conditionOperator: 6, value: likeContains(text) })) : [];
  return { sorting, sortable: !query.sort || sortColumn !== undefined, conditions, searchable: !text || searched.length > 0 };
}

function sameSorting(current: readonly { name: string; sortDirection: number }[], wanted: readonly { name: string; sortDirection: number }[]): boolean {
  return current.length === wanted.length && wanted.every((w, i) => current[i]?.name === w.name && current[i].sortDirection === w.sortDirection);
}

function sameConditions(current: readonly unknown[] | undefined, wanted: readonly LikeCondition[]): boolean {
  return JSON.stringify(current ?? []) === JSON.stringify(wanted);
}

/**
 * Whether the data-set is sorted and filtered as `query` asks (as far as it can be): its records
 * are this query's. Another query may have had it since (a sort turned off brings back a list
 * whose pages the grid still holds).
 */
export function datasetHoldsQuery(dataset: DatasetQueryPort, columns: ColumnMap, query: DatasetQuery): boolean {
  const wanted = wantedQuery(columns, query);
  return (!dataset.sorting || sameSorting(dataset.sorting, wanted.sorting)) && (!dataset.filtering || sameConditions(dataset.filtering.getFilter()?.conditions, wanted.conditions));
}

/**
 * Sets the data-set's sort and filter to `query`: Dataverse sorts and filters the whole view,
 * not only the loaded pages. The caller refreshes the data-set when `changed`.
 */
export function applyDatasetQuery(dataset: DatasetQueryPort, columns: ColumnMap, query: DatasetQuery): DatasetQueryResult {
  const wanted = wantedQuery(columns, query);
  const applied = wanted.sortable && (!query.sort || dataset.sorting !== undefined) && wanted.searchable && (!query.search?.trim() || dataset.filtering !== undefined);
  let changed = false;
  if (dataset.sorting && !sameSorting(dataset.sorting, wanted.sorting)) {
    dataset.sorting.splice(0, dataset.sorting.length, ...wanted.sorting);
    changed = true;
  }
  const filtering = dataset.filtering;
  if (filtering && !sameConditions(filtering.getFilter()?.conditions, wanted.conditions)) {
    if (wanted.conditions.length > 0) filtering.setFilter({ filterOperator: 1, conditions: wanted.conditions });
    else filtering.clearFilter();
    changed = true;
  }
  return { applied, changed };
}

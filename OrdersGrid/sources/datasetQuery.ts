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

/** Whether quick find can filter a data-set with these columns: it has one of the text columns it searches. */
export function datasetSearchable(columns: ColumnMap): boolean {
  return SEARCHED_FIELDS.some((field) => columns[field] !== undefined);
}

/** FetchXML's `like` (ConditionOperator 6) takes `%` and `_` as wildcards and `[` as a set: escaped as SQL does. */
export function likeContains(text: string): string {
  return `%${text.replace(/[[%_]/g, (c) => `[${c}]`)}%`;
}

/**
 * Sets the data-set's sort and filter to `query`: Dataverse sorts and filters the whole view,
 * not only the loaded pages. The caller refreshes the data-set when `changed`.
 */
export function applyDatasetQuery(dataset: DatasetQueryPort, columns: ColumnMap, query: DatasetQuery): DatasetQueryResult {
  let applied = true;
  let changed = false;

  const sortColumn = query.sort ? columns[query.sort.field] : undefined;
  if (query.sort && (!sortColumn || !dataset.sorting)) applied = false;
  if (dataset.sorting) {
    const wanted = query.sort && sortColumn ? [{ name: sortColumn.name, sortDirection: query.sort.direction === "ascending" ? (0 as const) : (1 as const) }] : [];
    const current = dataset.sorting;
    if (current.length !== wanted.length || wanted.some((w, i) => current[i]?.name !== w.name || current[i].sortDirection !== w.sortDirection)) {
      current.splice(0, current.length, ...wanted);
      changed = true;
    }
  }

  const text = query.search?.trim();
  const searched = SEARCHED_FIELDS.map((field) => columns[field]).filter((column): column is DatasetColumn => column !== undefined);
  if (text && (!searched.length || !dataset.filtering)) applied = false;
  if (dataset.filtering) {
    if (text && searched.length) {
      dataset.filtering.setFilter({ filterOperator: 1, conditions: searched.map((column) => ({ attributeName: column.name, conditionOperator: 6, value: likeContains(text) })) });
      changed = true;
    } else if (dataset.filtering.getFilter()?.conditions?.length) {
      dataset.filtering.clearFilter();
      changed = true;
    }
  }
  return { applied, changed };
}

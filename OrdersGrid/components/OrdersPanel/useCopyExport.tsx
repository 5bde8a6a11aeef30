import { Toast, ToastTitle, useToastController } from "@fluentui/react-components";
import * as React from "react";
import { csvSeparator, exportFileName, toCsv, toTsv, tsvCell, type TableColumn } from "../../export/ordersTable";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { OrderList } from "../../orders/accumulateOrders";
import type { Order } from "../../orders/Order";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import type { SelectionMode } from "../../view/selection";
import { columnHeading, type OrderColumn } from "../OrdersGrid/columns";

/**
 * Every column as the user reads it (a narrow control hides some, a copy keeps them), and for
 * a file, the raw ISO date, the invariant number and the currency beside the formatted ones, so
 * that a spreadsheet in any language can compute with them. A chosen Currency column is the raw
 * code already: it is not written twice.
 */
export function tableColumns(columns: readonly OrderColumn[], strings: Strings, format: OrderFormatters, raw: boolean): TableColumn[] {
  const shown = columns.map((column): TableColumn => ({ header: columnHeading(column, strings), value: (order) => column.text(order, format) }));
  if (!raw) return shown;
  const withRaw: TableColumn[] = [
    ...shown,
    { header: strings.Export_DateIso, value: (order) => order.date ?? "" },
    { header: strings.Export_TotalNumber, value: (order) => (order.total === undefined ? "" : String(order.total)) },
  ];
  if (!columns.some((column) => column.key === "currency")) withRaw.push({ header: strings.Export_Currency, value: (order) => order.currency ?? "" });
  return withRaw;
}

/** The selected orders of `list`, in its order. */
function selectedIn(list: OrderList, selected: ReadonlySet<string>): Order[] {
  return selected.size === 0 ? [] : list.items.slice(0, list.count).filter((order) => selected.has(order.id));
}

/**
 * The selected orders of `list`, in its order; every one when none of it is selected (the
 * selection is by id, and a search the source ran keeps ids of orders that are not in its list).
 */
export function ordersToExport(list: OrderList, selected: ReadonlySet<string>): Order[] {
  const chosen = selectedIn(list, selected);
  return chosen.length > 0 ? chosen : list.items.slice(0, list.count);
}

/**
 * Puts text on the clipboard; where the async API is refused (an iframe without the
 * permission, as hosts embed apps), through a copy event of our own, which needs no focus move.
 */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const put = (event: ClipboardEvent) => {
      event.clipboardData?.setData("text/plain", text);
      event.preventDefault();
    };
    document.addEventListener("copy", put);
    try {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy left where the Clipboard API is refused
      return document.execCommand("copy");
    } finally {
      document.removeEventListener("copy", put);
    }
  }
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  // A link outside the document downloads too (Chromium, Firefox, Safari).
  link.click();
  // Revoked once the browser has had time to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export interface CopyExport {
  /**
   * Ctrl+C: the selected orders (Single: the selected one of `shown`), else the focused one, as
   * tab-separated text with a header row; with none selected and a cell focused (`column` of
   * `focused`), its value alone.
   */
  readonly copy: (focused: Order | undefined, shown: OrderList, column?: OrderColumn) => void;
  /** The Export action: the selected (or all loaded) orders to a CSV file. */
  readonly exportCsv: () => void;
}

/** Copying and exporting the orders, each confirmed in a toast that says how many rows. */
export function useCopyExport(
  toasterId: string,
  loaded: OrderList,
  selected: ReadonlySet<string>,
  hasMore: boolean,
  strings: Strings,
  format: OrderFormatters,
  columns: readonly OrderColumn[],
  selectionMode: SelectionMode,
  /** The control's label in the app, which names the exported file. */
  label: string | undefined,
): CopyExport {
  const { dispatchToast } = useToastController(toasterId);
  const say = React.useCallback(
    (text: string, intent: "success" | "error") =>
      dispatchToast(
        <Toast>
          <ToastTitle>{text}</ToastTitle>
        </Toast>,
        { intent, timeout: 4000 },
      ),
    [dispatchToast],
  );

  const copy = (focused: Order | undefined, shown: OrderList, column?: OrderColumn) => {
    // The orders picked (Multiple), as the footer counts them, Export writes them and the app
    // reads them: those a quick find hides too, and the toast says how many it hides. A Single
    // selection is only the row clicked last: copied while it is shown.
    const inView = selectedIn(shown, selected);
    const picked = selectionMode === "Multiple" ? selectedIn(loaded, selected) : inView;
    // One value pastes into the one spreadsheet cell it is pasted on: no header row. A focused
    // cell is what the user points at, unless they picked rows (Multiple); a Single selection is
    // only the row clicked last.
    if (focused && column && (picked.length === 0 || selectionMode !== "Multiple")) {
      void writeClipboard(tsvCell(column.text(focused, format))).then((copied) => say(copied ? strings.Copy_CellDone : strings.Copy_CellFailed, copied ? "success" : "error"));
      return;
    }
    const chosen = picked.length > 0 ? picked : focused ? [focused] : [];
    if (chosen.length === 0) return;
    const hidden = picked.length - inView.length;
    const done = hidden > 0 ? fillTemplate(strings.Copy_DoneHidden, format.count(chosen.length), format.count(hidden)) : fillTemplate(strings.Copy_Done, format.count(chosen.length));
    void writeClipboard(toTsv(tableColumns(columns, strings, format, false), chosen)).then((copied) => say(copied ? done : strings.Copy_Failed, copied ? "success" : "error"));
  };

  const exportCsv = () => {
    const orders = ordersToExport(loaded, selected);
    const fileName = exportFileName(new Date(), label);
    // Excel opens the file in columns only when it is separated as the user's Excel expects.
    download(toCsv(tableColumns(columns, strings, format, true), orders, csvSeparator(format.locale)), fileName);
    // With more pages to come, only what is loaded was there to write.
    say(fillTemplate(hasMore ? strings.Export_DoneLoaded : strings.Export_Done, format.count(orders.length), fileName), "success");
  };

  return { copy, exportCsv };
}

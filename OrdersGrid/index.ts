import type { QueryClient } from "@tanstack/react-query";
import * as React from "react";
// First on purpose: webpack lays modules out in the order they are imported, so the libraries
// these two bring in (TanStack Query, react-window) go ahead of the control's own modules, which
// then sit together in bundle.js and compress better (about 260 B of gzip).
import { createQueryClient } from "./query/createQueryClient";
import { OrdersGridApp, sameAppProps, type OrdersGridAppProps } from "./OrdersGridApp";
import { createOrderFormatters, type OrderFormatters } from "./format/createOrderFormatters";
import { localeFromLanguageId } from "./format/localeFromLanguageId";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { INITIAL_OUTPUTS, outputsFromSelection, outputsFromSort, outputsFromStatus, sameOutputs, type ControlOutputs, type GridStatus } from "./host/ControlOutputs";
import { fireEvent } from "./host/fireEvent";
import { readConfig } from "./host/readConfig";
import { readContainerHeight, readContainerWidth } from "./host/readContainerSize";
import { readTheme } from "./host/readTheme";
import { createDatasetReader, datasetColumnNames } from "./host/readDataset";
import type { Order } from "./orders/Order";
import type { OrderSort } from "./orders/OrderSort";
import { createDatasetFeed } from "./sources/datasetFeed";
import type { HostServices } from "./sources/selectSource";
import { readStrings, type Strings } from "./strings/stringKeys";

let instanceCount = 0;

/** Lifecycle glue: turns the PCF context into plain props, and the view's reports into outputs and events. */
export class OrdersGrid implements ComponentFramework.ReactControl<IInputs, IOutputs> {
  // Both are set by init, which the host calls before anything else.
  private context!: ComponentFramework.Context<IInputs>;
  private notifyOutputChanged!: () => void;
  private queryClient: QueryClient | undefined;
  private strings: Strings | undefined;
  private format: OrderFormatters | undefined;
  private outputs: ControlOutputs = INITIAL_OUTPUTS;
  /** The error in the last status report: OnError is raised when a different one appears. */
  private reportedError: GridStatus["error"] | undefined;
  private readonly idPrefix = `orders-grid-${++instanceCount}-`;
  private readonly feed = createDatasetFeed();
  private readonly readDataset = createDatasetReader();
  /** The last element returned, and its props: an updateView that changes nothing returns it again. */
  private view: { readonly props: OrdersGridAppProps; readonly element: React.ReactElement } | undefined;
  private readonly host: HostServices = {
    feed: this.feed,
    // Read at the time of the call: the host may hand over a new context in each updateView.
    dataset: () => this.context.parameters.orders,
    requestMore: () => fireEvent(this.context.events, "OnLoadMore"),
    webAPI: () => this.context.webAPI,
    navigation: () => this.context.navigation,
  };

  public init(context: ComponentFramework.Context<IInputs>, notifyOutputChanged: () => void): void {
    this.context = context;
    this.notifyOutputChanged = notifyOutputChanged;
    context.mode.trackContainerResize(true);
  }

  public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
    this.context = context;
    const config = readConfig(context.parameters);
    if (config.dataSource === "Dataset") {
      this.feed.push({ dataset: this.readDataset(context.parameters.orders, datasetColumnNames(config.columns)), nextLink: config.nextLink });
    }
    const locale = localeFromLanguageId(context.userSettings.languageId);
    if (this.format?.locale !== locale) this.format = createOrderFormatters(locale);
    // Made on the first updateView, and again if the host renders the control after destroy.
    this.queryClient ??= createQueryClient();
    this.strings ??= readStrings((key) => context.resources.getString(key));
    const props: OrdersGridAppProps = {
      config,
      host: this.host,
      queryClient: this.queryClient,
      strings: this.strings,
      format: this.format,
      theme: readTheme(context.fluentDesignLanguage),
      idPrefix: this.idPrefix,
      dir: context.userSettings.isRTL ? "rtl" : "ltr",
      height: readContainerHeight(context.mode.allocatedHeight),
      width: readContainerWidth(context.mode.allocatedWidth),
      label: context.mode.label || undefined,
      onSelect: this.handleSelect,
      onStatusChange: this.handleStatusChange,
      onSortChange: this.handleSort,
      onSearch: this.handleSearch,
      selectionMode: config.selectionMode,
      openRecords: config.openRecords,
      onSelectionChange: this.handleSelectionChange,
      viewColumns: config.dataSource === "Dataset" ? this.feed.current()?.dataset.viewColumns : undefined,
      unknownDatasetColumn: config.dataSource === "Dataset" ? this.feed.current()?.dataset.unknownColumns[0] : undefined,
    };
    if (this.view && sameAppProps(this.view.props, props)) return this.view.element;
    this.view = { props, element: React.createElement(OrdersGridApp, props) };
    return this.view.element;
  }

  public getOutputs(): IOutputs {
    return { ...this.outputs };
  }

  public destroy(): void {
    // Aborts requests in flight (their signals) and drops every loaded page.
    void this.queryClient?.cancelQueries();
    this.queryClient?.clear();
    this.queryClient = undefined;
    this.view = undefined;
  }

  private readonly handleSelect = (order: Order): void => {
    this.setOutputs({ ...this.outputs, selectedOrderId: order.id });
    fireEvent(this.context.events, "OnSelect");
  };

  private readonly handleSort = (sort: OrderSort | undefined): void => {
    // The app reads the new sort in OnSort: the outputs are set and announced first.
    this.setOutputs(outputsFromSort(this.outputs, sort));
    fireEvent(this.context.events, "OnSort");
  };

  private readonly handleSearch = (text: string): void => {
    // Outputs first: an OnSearch formula reads searchText.
    this.setOutputs({ ...this.outputs, searchText: text });
    fireEvent(this.context.events, "OnSearch");
  };

  /** The outputs first, then the event: an OnSelectionChange formula reads the new selection. */
  private readonly handleSelectionChange = (ids: readonly string[], last: string | undefined): void => {
    this.setOutputs(outputsFromSelection(this.outputs, ids, last));
    fireEvent(this.context.events, "OnSelectionChange");
  };

  private readonly handleStatusChange = (status: GridStatus): void => {
    this.setOutputs(outputsFromStatus(this.outputs, status));
    if (status.error && status.error !== this.reportedError) fireEvent(this.context.events, "OnError");
    this.reportedError = status.error;
  };

  private setOutputs(next: ControlOutputs): void {
    if (sameOutputs(this.outputs, next)) return;
    this.outputs = next;
    this.notifyOutputChanged();
  }
}

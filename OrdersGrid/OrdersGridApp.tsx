import {
  FluentProvider,
  IdPrefixProvider,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import * as React from "react";
import { EmptyState } from "./components/EmptyState/EmptyState";
import { OrdersPanel } from "./components/OrdersPanel/OrdersPanel";
import type { OrderFormatters } from "./format/createOrderFormatters";
import type { GridStatus } from "./host/ControlOutputs";
import type { GridConfig } from "./host/readConfig";
import type { Order } from "./orders/Order";
import { parseApiBaseUrl } from "./sources/apiBaseUrl";
import { createHttpOrdersSource } from "./sources/createHttpOrdersSource";
import type { Strings } from "./strings/stringKeys";

export interface OrdersGridAppProps {
  readonly config: GridConfig;
  /** The control instance's own client: instances never share a cache. */
  readonly queryClient: QueryClient;
  readonly strings: Strings;
  readonly format: OrderFormatters;
  /** The host's Fluent theme; @default webLightTheme */
  readonly theme?: Theme | undefined;
  /** Makes Fluent's generated ids unique per control instance. */
  readonly idPrefix: string;
  readonly height: number;
  readonly onSelect: (order: Order) => void;
  readonly onStatusChange: (status: GridStatus) => void;
}

/** The composition root: providers, then the source the configuration asks for, then the panel. */
export function OrdersGridApp(props: OrdersGridAppProps): React.ReactElement {
  const { config, queryClient, strings, theme, idPrefix, height } = props;
  const { apiBaseUrl, pageSize, dataSource, timeoutMs, maxPages } = config;

  const target = React.useMemo(() => parseApiBaseUrl(apiBaseUrl), [apiBaseUrl]);
  const source = React.useMemo(
    () => (target.ok ? createHttpOrdersSource({ baseUrl: target.url, pageSize, timeoutMs }) : undefined),
    [target, pageSize, timeoutMs],
  );

  let content: React.ReactElement;
  if (dataSource !== "Connector") {
    content = <EmptyState state="notConfigured" title={strings.State_NotConfigured_Title} body={strings.State_SourceNotSupported_Body} />;
  } else if (!source) {
    const problem = target.ok ? "missing" : target.problem;
    content =
      problem === "missing" ? (
        <EmptyState state="notConfigured" title={strings.State_NotConfigured_Title} body={strings.State_NotConfigured_Body} />
      ) : (
        <EmptyState
          state="invalidUrl"
          title={strings.State_NotConfigured_Title}
          body={problem === "insecure" ? strings.State_InsecureUrl_Body : strings.State_InvalidUrl_Body}
        />
      );
  } else {
    content = (
      <OrdersPanel
        source={source}
        pageSize={pageSize}
        maxPages={maxPages}
        height={height}
        strings={strings}
        format={props.format}
        onSelect={props.onSelect}
        onStatusChange={props.onStatusChange}
      />
    );
  }

  return (
    <IdPrefixProvider value={idPrefix}>
      <FluentProvider theme={theme ?? webLightTheme} style={{ height, display: "flex", flexDirection: "column" }}>
        <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}

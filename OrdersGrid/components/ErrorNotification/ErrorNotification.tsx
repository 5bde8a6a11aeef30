import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { OrdersError } from "../../orders/OrdersError";
import type { CallBack } from "../../query/useOrdersQuery";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { presentError } from "./errorPresentation";

export interface ErrorNotificationProps {
  readonly error: OrdersError;
  /** Rows still shown; said in the notification so the user knows nothing was lost. */
  readonly keptRows: number;
  readonly onRetry: () => void;
  /**
   * When the service asked to be called again, beyond what an automatic retry waits: said in
   * the notification, which then offers Retry now and Refresh.
   */
  readonly callBack?: CallBack | undefined;
  /** Reloads from page 1; offered with `callBack`. */
  readonly onRefresh?: (() => void) | undefined;
  readonly strings: Strings;
  readonly format: Pick<OrderFormatters, "count" | "moment">;
}

const useStyles = makeStyles({
  facts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    userSelect: "all",
  },
});

/** Copies text for a support ticket; says "Copied" for a moment when it worked. */
function CopyButton({ text, strings }: { readonly text: string; readonly strings: Strings }): React.ReactElement | null {
  const [copied, setCopied] = React.useState(false);
  React.useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  // Missing outside secure contexts, whatever the DOM types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return null; // user-select: all still lets the user copy by hand
  const copy = () => {
    clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <Button appearance="transparent" size="small" onClick={copy}>
      {copied ? strings.Action_Copied : strings.Action_Copy}
    </Button>
  );
}

/** The inline notification where the list stopped: what happened, the code and request id, and Retry. */
export function ErrorNotification({ error, keptRows, onRetry, callBack, onRefresh, strings, format }: ErrorNotificationProps): React.ReactElement {
  const styles = useStyles();
  const { title, detail, canRetry } = presentError(error, strings);
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-error-kind={error.kind}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div data-testid="error-message">{detail}</div>
        {callBack && <div data-testid="error-call-back">{fillTemplate(strings.Error_CallBackAt, format.moment(callBack.at, callBack.failedAt))}</div>}
        <div className={styles.facts}>
          {error.code && (
            <span>
              {strings.Error_Code}: <span className={styles.value} data-testid="error-code">{error.code}</span>
            </span>
          )}
          {error.requestId && (
            <span>
              {strings.Error_RequestId}: <span className={styles.value} data-testid="error-request-id">{error.requestId}</span>
              <CopyButton text={error.requestId} strings={strings} />
            </span>
          )}
          {keptRows > 0 && <span>{fillTemplate(strings.Error_KeptRows, format.count(keptRows))}</span>}
        </div>
      </MessageBarBody>
      {canRetry && (
        <MessageBarActions>
          <Button appearance="primary" size="small" onClick={onRetry}>
            {callBack ? strings.Action_RetryNow : strings.Action_Retry}
          </Button>
          {callBack && onRefresh && (
            <Button size="small" onClick={onRefresh}>
              {strings.Action_Refresh}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

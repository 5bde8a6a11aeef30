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
import type { OrdersError } from "../../orders/OrdersError";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { canRetryByHand } from "./errorPresentation";

export interface ErrorNotificationProps {
  readonly error: OrdersError;
  /** Rows still shown; said in the notification so the user knows nothing was lost. */
  readonly keptRows: number;
  readonly onRetry: () => void;
  readonly strings: Strings;
}

const useStyles = makeStyles({
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    userSelect: "all",
  },
});

/** The inline notification where the list stopped: what happened, the code and request id, and Retry. */
export function ErrorNotification({ error, keptRows, onRetry, strings }: ErrorNotificationProps): React.ReactElement {
  const styles = useStyles();
  const retryable = canRetryByHand(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-error-kind={error.kind}>
      <MessageBarBody>
        <MessageBarTitle>{strings[`Error_Title_${error.kind}`]}</MessageBarTitle>
        <div data-testid="error-message">{error.message}</div>
        <div className={styles.facts}>
          {error.code && (
            <span>
              {strings.Error_Code}: <span className={styles.value} data-testid="error-code">{error.code}</span>
            </span>
          )}
          {error.requestId && (
            <span>
              {strings.Error_RequestId}: <span className={styles.value} data-testid="error-request-id">{error.requestId}</span>
            </span>
          )}
          {keptRows > 0 && <span>{fillTemplate(strings.Error_KeptRows, keptRows)}</span>}
        </div>
      </MessageBarBody>
      {retryable && (
        <MessageBarActions>
          <Button appearance="primary" size="small" onClick={onRetry}>
            {strings.Action_Retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

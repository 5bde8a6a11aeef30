import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";

export interface ColumnsHintProps {
  readonly title: string;
  /** What the app maker must fix in `columns`, as the hint reads. */
  readonly hint: string;
}

/**
 * The app maker's hint about `columns` below the rows, where a column cannot be read but the
 * orders can: known only once the data is in (an item field the API's orders do not carry).
 */
export function ColumnsHint({ title, hint }: ColumnsHintProps): React.ReactElement {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="columns-hint">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {hint}
      </MessageBarBody>
    </MessageBar>
  );
}

import { Checkbox, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { useOrdersGridStyles } from "./OrdersGrid.styles";

export interface SelectionCellProps {
  readonly checked: boolean | "mixed";
  /** What the checkbox does, for screen readers ("Select order ORD-000001"). */
  readonly label: string;
  /** `shift`: the click extends a range. */
  readonly onToggle: (shift: boolean) => void;
  /** The header's cell, or a row's. */
  readonly role: "columnheader" | "gridcell";
  /** A row drawn as a card. */
  readonly card?: boolean;
}

/**
 * The check column's cell. A row's checkbox is not a tab stop: the grid keeps focus (Space
 * toggles the focused row), and a click on it neither moves focus off the grid nor reaches
 * the row (which would select only that row). The header's checkbox is a tab stop.
 */
export function SelectionCell({ checked, label, onToggle, role, card }: SelectionCellProps): React.ReactElement {
  const styles = useOrdersGridStyles();
  const inRow = role === "gridcell";
  return (
    <div
      role={role}
      aria-colindex={1}
      className={mergeClasses(styles.check, card && styles.cardCheck)}
      onMouseDown={inRow ? (event) => event.preventDefault() : undefined}
      onClick={(event) => {
        event.stopPropagation();
        onToggle(event.shiftKey);
      }}
    >
      <Checkbox checked={checked} aria-label={label} tabIndex={inRow ? -1 : undefined} />
    </div>
  );
}

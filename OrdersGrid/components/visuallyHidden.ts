import type { GriffelStyle } from "@fluentui/react-components";

/** Out of sight, still read by screen readers (live regions, descriptions). */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: "0",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: "0",
};

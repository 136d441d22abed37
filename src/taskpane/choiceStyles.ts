/** The two-up choices of the pane's panels (course and industry, course and hazard …). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useChoiceStyles = makeStyles({
  // the pane's width, halved: a long option (an English hazard or industry) may not widen the
  // choices past the pane
  fields: {
    display: "grid",
    width: "100%",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  // a choice shrinks to its column; its text ends in an ellipsis rather than pushing past it
  choice: { minWidth: 0 },
});

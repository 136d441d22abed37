/** Applies the 係数 sheet's values to the BCP functions and says what it found. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type PaneText, useText } from "./i18n";
import { useTask } from "./useTask";

export interface ApplyOutcome {
  overridden: number;
  problems: string[];
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function outcomeText(outcome: ApplyOutcome, t: PaneText): string {
  return outcome.overridden === 0 ? t.noOverride : t.overridden(outcome.overridden);
}

export function CoefficientsPanel({ apply }: { apply: () => Promise<ApplyOutcome> }) {
  const styles = useStyles();
  const t = useText();
  const [status, runApply] = useTask<ApplyOutcome>();
  return (
    <section aria-labelledby="coefficients-heading">
      <Subtitle2 as="h2" id="coefficients-heading" block>
        {t.coefficients}
      </Subtitle2>
      <Text block>{t.coefficientsHint}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => runApply(apply)}
          disabled={status.kind === "busy"}
        >
          {t.apply}
        </Button>
        {status.kind === "busy" && <Spinner size="tiny" label={t.loading} />}
      </div>
      {status.kind === "done" && (
        <MessageBar intent={status.value.problems.length > 0 ? "warning" : "success"}>
          <MessageBarBody>
            {outcomeText(status.value, t)}
            {status.value.problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.applyFailed(status.message)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The BCP function reference: the count and units at once, the list (loaded then) on request. */
import * as React from "react";
import { Button, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import type { FunctionDef } from "../functions/catalogue";
import { useText } from "./i18n";

const FunctionList = React.lazy(() =>
  import("./FunctionList").then((m) => ({ default: m.FunctionList }))
);

export function FunctionsPanel({ functions }: { functions: readonly FunctionDef[] }) {
  const t = useText();
  const [shown, setShown] = React.useState(false);
  return (
    <section aria-labelledby="functions-heading">
      <Subtitle2 as="h2" id="functions-heading" block>
        {t.functions(functions.length)}
      </Subtitle2>
      <Text block size={200}>
        {t.functionsHint}
      </Text>
      <Button size="small" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t.hideFunctions : t.showFunctions}
      </Button>
      {shown && (
        <React.Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <FunctionList functions={functions} />
        </React.Suspense>
      )}
    </section>
  );
}

/** The BCP function reference shown in the pane: name, syntax and what each function returns. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FunctionDef } from "../functions/catalogue";
import { useText } from "./i18n";

const useStyles = makeStyles({
  syntax: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
    display: "block",
  },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function syntaxOf(def: FunctionDef): string {
  const args = def.params.map((q) => (q.optional ? `[${q.name}]` : q.name)).join(", ");
  return `=BCP.${def.id}(${args})`;
}

export function FunctionList({ functions }: { functions: readonly FunctionDef[] }) {
  const styles = useStyles();
  const t = useText();
  return (
    <Accordion collapsible multiple>
      {functions.map((def) => (
        <AccordionItem key={def.id} value={def.id}>
          <AccordionHeader size="small">
            {def.nameJa}（BCP.{def.id}）
          </AccordionHeader>
          <AccordionPanel>
            <Text block>{def.descriptionJa}</Text>
            <code className={styles.syntax}>{syntaxOf(def)}</code>
            <ul className={styles.params}>
              {def.params.map((q) => (
                <li key={q.name}>
                  <Text size={200}>
                    <b>{q.name}</b>
                    {q.optional ? t.optional : ""}：{q.descriptionJa}
                  </Text>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

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
import type { Arg } from "../functions/arguments";
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

/** An argument as typed in a formula: text quoted, a range as an array constant ({a;b} a column). */
function literal(arg: Arg): string {
  if (Array.isArray(arg))
    return `{${arg.map((row) => [row].flat().map(literal).join(",")).join(";")}}`;
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  return arg === null || arg === undefined ? "" : String(arg);
}

/** The function's worked call as a formula the user can paste into a cell. */
export function exampleOf(def: FunctionDef): string {
  return `=BCP.${def.id}(${def.example.map(literal).join(",")})`;
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
            <Text size={200} block>
              {t.example}
              <code>{exampleOf(def)}</code>
            </Text>
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

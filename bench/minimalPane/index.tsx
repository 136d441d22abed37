// The baseline of the task pane benchmark: a React + Fluent UI v9 task pane with one of each
// control the add-in's pane shows (headings, text, link, button, checkbox, select, input field,
// badge, progress bar, message bar, spinner, accordion) and nothing else, rendered once Office is ready and built with the
// add-in's own toolchain (bench/ui.ts). What the add-in's pane loads beyond it is its own code.
/* global document Office */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  FluentProvider,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";

function Pane() {
  const [count, setCount] = React.useState(0);
  return (
    <main style={{ padding: 12 }}>
      <Title3 as="h1">Minimal pane</Title3>
      <Subtitle2 as="h2" block>
        Section
      </Subtitle2>
      <Text block>
        A React and Fluent UI v9 task pane. <Link href="#top">More</Link>
      </Text>
      <Badge appearance="tint">3</Badge>
      <ProgressBar value={0.5} />
      <Field label="Choice">
        <Select>
          <option>One</option>
          <option>Two</option>
        </Select>
      </Field>
      <Field label="Number">
        <Input type="number" />
      </Field>
      <Checkbox label="Option" />
      <Button appearance="primary" onClick={() => setCount(count + 1)}>
        Clicked {count}
      </Button>
      {count > 0 && <Spinner size="tiny" label="Working" />}
      <MessageBar intent="success">
        <MessageBarBody>Ready.</MessageBarBody>
      </MessageBar>
      <Accordion collapsible>
        <AccordionItem value="a">
          <AccordionHeader>Section</AccordionHeader>
          <AccordionPanel>
            <Text>Content</Text>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}

void Office.onReady(() => {
  const root = document.getElementById("root");
  if (root !== null)
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <Pane />
      </FluentProvider>
    );
});

/** The preview page: the task pane beside a view of the in-memory workbook, without Office. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { CATALOGUE } from "../functions/catalogue";
import { App } from "../taskpane/App";
import { Grid } from "./Grid";
import { PreviewWorkbook } from "./previewWorkbook";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "320px minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
  },
  pane: {
    width: "320px",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    maxHeight: "calc(100vh - 80px)",
    overflowY: "auto",
  },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    padding: tokens.spacingHorizontalM,
  },
});

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([new Uint8Array(bytes)], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    })
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function Preview({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [message, setMessage] = React.useState("");
  return (
    <>
      <div className={styles.bar}>
        <Title3 as="p">プレビュー（Excel なし）</Title3>
        <Button
          onClick={() => {
            const typed = workbook.fillExample();
            setMessage(
              typed === 0
                ? "先にシートを作成してください。"
                : `サンプル会社の数値を ${typed} 項目入力しました。`
            );
          }}
        >
          サンプル会社の数値を入力
        </Button>
        <Text role="status">{message}</Text>
      </div>
      <div className={styles.page}>
        <div className={styles.pane}>
          <App
            functions={CATALOGUE}
            workbook={workbook.workbook}
            scenarios={workbook.scenarios}
            imports={workbook.imports}
            applyCoefficients={workbook.applyCoefficients}
          />
        </div>
        <Grid workbook={workbook} />
      </div>
    </>
  );
}

const workbook = new PreviewWorkbook(download);
const container = document.getElementById("root");
if (container !== null) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview workbook={workbook} />
    </FluentProvider>
  );
}

/** @jest-environment jsdom */
/**
 * The import panel on the in-memory workbook, as a user goes through it: choose the files, see
 * the values beside the workbook's, give an unknown account a line, apply, undo.
 */
import "../helpers/jsdomPolyfills";
import * as React from "react";
import { readFileSync } from "fs";
import { join } from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/engine/memoryHost";
import { ImportPanel } from "../../src/taskpane/ImportPanel";
import { type HostRunner, importActions } from "../../src/taskpane/hostActions";
import { type WorkbookChoice, workbookLayout } from "../../src/usecases/workbookChoice";
import { EXAMPLE, bookLines, sjis, yayoiText } from "../helpers/books";

const CHOICE: WorkbookChoice = { course: "中級", industry: "製造業", forms: [] };
const SALES = EXAMPLE.statements?.sales as number;

async function setUp() {
  const host = new MemoryHost();
  await host.build(workbookLayout(CHOICE));
  host.memory.set("Sales", 100);
  const run: HostRunner = (work) => work(host);
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel actions={importActions(run, () => "2026-12-02")} choice={CHOICE} />
    </FluentProvider>
  );
  return host;
}

function choose(files: { name: string; bytes: Uint8Array }[]): void {
  const input = screen.getByLabelText("ファイルを選ぶ", { selector: "input" });
  fireEvent.change(input, {
    target: {
      files: files.map((f) => new File([new Uint8Array(f.bytes)], f.name, { type: "text/csv" })),
    },
  });
}

const example = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(__dirname, "../../examples/books", name))),
});

describe("the import panel", () => {
  it("shows the values beside the workbook's, writes only on 取り込む, and undoes", async () => {
    const host = await setUp();
    choose([example("残高試算表.csv"), example("固定資産台帳.csv")]);
    const table = await screen.findByRole("table", { name: /入れる値/ });
    const sales = within(table).getByText("売上高").closest("tr") as HTMLElement;
    expect(within(sales).getByText("100")).toBeTruthy();
    expect(within(sales).getByText(SALES.toLocaleString("en-US"))).toBeTruthy();
    expect(screen.getByRole("table", { name: "ファイルの合計との照合" }).textContent).not.toContain(
      "不一致"
    );
    expect(host.memory.get("Sales")).toBe(100); // nothing written yet

    fireEvent.click(screen.getByRole("button", { name: "取り込む" }));
    await screen.findByText(/欄に入れました/);
    expect(host.memory.get("Sales")).toBe(SALES);

    fireEvent.click(screen.getByRole("button", { name: "元に戻す" }));
    await screen.findByText("取込の前の値に戻しました。");
    expect(host.memory.get("Sales")).toBe(100);
  });

  it("asks for a line for an unknown account before it can be applied", async () => {
    const host = await setUp();
    const lines = bookLines(EXAMPLE.statements!, 47_380_000).map((l) =>
      l.account === "雑費" && l.statement === "損益計算書" ? { ...l, account: "特許使用料" } : l
    );
    choose([{ name: "試算表.csv", bytes: sjis(yayoiText(lines)) }]);
    const select = await screen.findByRole("combobox", { name: /特許使用料/ });
    expect((screen.getByRole("button", { name: "取り込む" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    const misc = within(select)
      .getAllByRole("option")
      .find((o) => o.textContent?.startsWith("販管費 雑費")) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: misc.value } });
    fireEvent.click(screen.getByRole("button", { name: "選んだ行で読み直す" }));
    await screen.findByRole("table", { name: /入れる値/ });
    const apply = screen.getByRole("button", { name: "取り込む" }) as HTMLButtonElement;
    await waitFor(() => expect(apply.disabled).toBe(false));
    fireEvent.click(apply);
    await screen.findByText(/欄に入れました/);
    expect(host.memory.sheets.has("勘定科目対応")).toBe(true);
  });

  it("says in Japanese why a file cannot be read, and writes nothing", async () => {
    const host = await setUp();
    choose([{ name: "決算書.csv", bytes: new Uint8Array(Buffer.from("%PDF-1.7\n")) }]);
    expect(await screen.findByText(/取り込めませんでした：.*PDF/)).toBeTruthy();
    expect(host.memory.get("Sales")).toBe(100);
  });
});

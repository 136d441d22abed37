/**
 * The real Office.js client library (npm @microsoft/office-js, the library Excel itself loads),
 * run in Node with a request executor of our own: the add-in's Excel code builds its requests with
 * the library exactly as in Excel, each request is kept (for its size and content) and then played
 * against the fake Excel API, whose answers go back to the library. So the wire format is
 * Microsoft's and the behaviour the fake's:
 *
 * - every property the code sets must exist on the library's object (an assignment to a property
 *   the library does not define is recorded as a problem, where Excel would silently ignore it);
 * - every enum value the code sets or passes must be one @types/office-js allows there;
 * - every 2-D array written to a range must have the range's shape (Excel refuses the whole batch
 *   otherwise).
 */
/* global Excel */
import { readFileSync } from "fs";
import { createContext, runInContext } from "vm";
import ts from "typescript";
import { parseA1 } from "../../src/sheets/address";
import { FakeRequestContext, type FakeWorkbookModel } from "./fakeExcel";

// the debug build keeps the classes' own names, which the enum rules are keyed by
const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
const TYPES = require.resolve("@types/office-js/index.d.ts");

type Json = Record<string, unknown>;

/** Arguments; an object passed as an argument is sent as the id of its object path. */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

export interface CapturedRequest {
  body: RequestBody;
  /** UTF-8 bytes of the JSON body the executor receives */
  bytes: number;
  actions: number;
}

/** Object path and action kinds of the library's request format. */
const PATH = { root: 1, method: 3, property: 4, indexer: 5 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

interface Library {
  Excel: Json & { RequestContext: new (resolver: unknown) => Excel.RequestContext };
  OfficeExtension: Json & { ClientObject: new () => object };
}

let loaded: Library | null = null;

/** The library, loaded once per test file into a sandbox of its own. */
export function officeJs(): Library {
  if (loaded !== null) return loaded;
  const sandbox: Json = { console, setTimeout, clearTimeout, setInterval, clearInterval, Promise };
  Object.assign(sandbox, {
    window: sandbox,
    self: sandbox,
    navigator: { userAgent: "node" },
    document: {
      createElement: () => ({}),
      getElementsByTagName: () => [],
      addEventListener: () => undefined,
      readyState: "complete",
    },
    location: { href: "https://localhost/", search: "", hash: "" },
  });
  createContext(sandbox);
  runInContext(readFileSync(LIBRARY, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  loaded = sandbox as unknown as Library;
  return loaded;
}

/** Allowed string values of enum-typed properties and method parameters, by class. */
interface EnumRules {
  properties: Map<string, Set<string>>; // "RangeBorder.style"
  parameters: Map<string, Set<string>[]>; // "RangeBorderCollection.getItem" → per parameter
}

let rules: EnumRules | null = null;

function literalsOf(type: ts.TypeNode | undefined): Set<string> | null {
  if (type === undefined) return null;
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  const literals = new Set<string>();
  for (const m of members) {
    if (ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal)) literals.add(m.literal.text);
    else if (ts.isTypeReferenceNode(m) && m.typeName.getText().startsWith("Excel.")) continue;
    else return null; // a string, a number, an object: not an enum
  }
  return literals.size > 0 ? literals : null;
}

/** Reads the enum-typed members of the Excel namespace from @types/office-js. */
function enumRules(): EnumRules {
  if (rules !== null) return rules;
  const source = ts.createSourceFile(
    TYPES,
    readFileSync(TYPES, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const found: EnumRules = { properties: new Map(), parameters: new Map() };
  const visit = (node: ts.Node, inExcel: boolean): void => {
    if (ts.isModuleDeclaration(node)) {
      const name = node.name.getText();
      if (node.body !== undefined) visit(node.body, name === "Excel" || (inExcel && false));
      return;
    }
    if (inExcel && ts.isClassDeclaration(node) && node.name !== undefined) {
      const cls = node.name.text;
      for (const member of node.members) {
        if (ts.isPropertyDeclaration(member) && member.name !== undefined) {
          const allowed = literalsOf(member.type);
          if (allowed !== null) found.properties.set(`${cls}.${member.name.getText()}`, allowed);
        }
        if (ts.isMethodDeclaration(member) && member.name !== undefined) {
          const key = `${cls}.${member.name.getText()}`;
          const params = member.parameters.map((p) => literalsOf(p.type) ?? new Set<string>());
          const known = found.parameters.get(key) ?? [];
          params.forEach((set, i) => {
            const merged = known[i] ?? new Set<string>();
            set.forEach((v) => merged.add(v));
            known[i] = merged;
          });
          found.parameters.set(key, known);
        }
      }
      return;
    }
    ts.forEachChild(node, (child) => visit(child, inExcel));
  };
  visit(source, false);
  rules = found;
  return found;
}

/** Rows and columns of a range path (GetRange, GetRangeByIndexes), or null when not a range. */
function rangeShape(path: ObjectPath): { rows: number; columns: number } | null {
  const args = path.ArgumentInfo?.Arguments ?? [];
  if (path.Name === "GetRange" && typeof args[0] === "string") {
    const [from, to] = args[0].split(":") as [string, string | undefined];
    const a = parseA1(from.replace(/\$/g, ""));
    const b = parseA1((to ?? from).replace(/\$/g, ""));
    return { rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
  }
  if (path.Name === "GetRangeByIndexes") return { rows: Number(args[2]), columns: Number(args[3]) };
  return null;
}

/** A session on the fake workbook through the real library. */
export class RealExcelSession {
  readonly requests: CapturedRequest[] = [];
  readonly problems: string[] = [];
  readonly context: Excel.RequestContext;
  private readonly fake: FakeRequestContext;
  private readonly targets = new WeakMap<object, object>();

  constructor(readonly model: FakeWorkbookModel) {
    const lib = officeJs();
    this.fake = new FakeRequestContext(model);
    const executor = {
      executeAsync: (_custom: unknown, _flags: number, message: { Body: RequestBody }) =>
        Promise.resolve(this.execute(message.Body)),
    };
    const resolver = {
      _resolveRequestUrlAndHeaderInfo: () =>
        Promise.resolve({ url: "https://localhost/capture", headers: {} }),
      _createRequestExecutorOrNull: () => executor,
    };
    this.context = this.watch(new lib.Excel.RequestContext(resolver)) as Excel.RequestContext;
  }

  /** The largest request, in bytes. */
  get largestRequest(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  /**
   * The object as the code sees it: assignments to properties the library does not define, and
   * enum values it does not allow, are recorded; objects it hands out are watched in turn.
   */
  private watch(target: object): object {
    const lib = officeJs();
    const session = this;
    const className = (t: object) => t.constructor?.name ?? "object";
    const proxy = new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value === "function" && typeof prop === "string") {
          return (...args: unknown[]) => {
            session.checkArguments(className(t), prop, args);
            const plain = args.map((a) =>
              typeof a === "object" && a !== null ? (session.targets.get(a) ?? a) : a
            );
            return session.wrap((value as (...x: unknown[]) => unknown).apply(t, plain), lib);
          };
        }
        if (prop === "items" && Array.isArray(value)) return value.map((v) => session.wrap(v, lib));
        return session.wrap(value, lib);
      },
      set(t, prop, value) {
        if (typeof prop === "string" && !(prop in t))
          session.problems.push(`${className(t)}.${prop} does not exist in Office.js`);
        if (typeof prop === "string" && typeof value === "string") {
          const allowed = enumRules().properties.get(`${className(t)}.${prop}`);
          if (allowed !== undefined && !allowed.has(value))
            session.problems.push(`${className(t)}.${prop} = "${value}" is not one of its values`);
        }
        return Reflect.set(t, prop, value, t);
      },
    });
    this.targets.set(proxy, target);
    return proxy;
  }

  private wrap(value: unknown, lib: Library): unknown {
    return value instanceof lib.OfficeExtension.ClientObject ? this.watch(value) : value;
  }

  private checkArguments(cls: string, method: string, args: readonly unknown[]): void {
    const allowed = enumRules().parameters.get(`${cls}.${method}`);
    args.forEach((arg, i) => {
      const values = allowed?.[i];
      if (typeof arg === "string" && values !== undefined && values.size > 0 && !values.has(arg))
        this.problems.push(`${cls}.${method}(…"${arg}"…) is not one of its values`);
    });
  }

  /** Plays one request against the fake workbook and answers as Excel would. */
  private execute(body: RequestBody): Json {
    const bytes = Buffer.byteLength(JSON.stringify(body), "utf8");
    if (process.env.DUMP) console.log(JSON.stringify(body));
    this.requests.push({ body, bytes, actions: body.Actions.length });
    const objects = new Map<number, unknown>();
    const argumentsOf = (info: ArgumentInfo | undefined): unknown[] =>
      (info?.Arguments ?? []).map((arg, i) => {
        const referenced = info?.ReferencedObjectPathIds?.[i] ?? 0;
        return referenced > 0 ? resolve(referenced) : arg;
      });
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const path = body.ObjectPaths[String(id)] as ObjectPath;
      const args = argumentsOf(path.ArgumentInfo);
      const parent =
        path.ParentObjectPathId === undefined ? undefined : resolve(path.ParentObjectPathId);
      let object: unknown;
      if (path.ObjectPathType === PATH.root) object = this.fake.workbook;
      else if (path.ObjectPathType === PATH.property)
        object =
          path.Name === "Application"
            ? { ...this.fake.application, ...((parent as Json).application as Json) }
            : (parent as Json)[camel(path.Name)];
      else if (path.ObjectPathType === PATH.method)
        object = ((parent as Json)[camel(path.Name)] as (...a: unknown[]) => unknown).apply(
          parent,
          args
        );
      else if (path.ObjectPathType === PATH.indexer)
        object = ((parent as Json).getItem as (...a: unknown[]) => unknown)(...args);
      else throw new Error(`object path type ${path.ObjectPathType} is not played`);
      objects.set(id, object);
      return object;
    };
    const results: Json[] = [];
    for (const [index, action] of body.Actions.entries()) {
      try {
        const target = resolve(action.ObjectPathId) as Json;
        const args = argumentsOf(action.ArgumentInfo);
        if (action.ActionType === ACTION.setProperty) {
          this.checkShape(body.ObjectPaths[String(action.ObjectPathId)] as ObjectPath, action);
          target[camel(action.Name)] = args[0];
        } else if (action.ActionType === ACTION.method) {
          // Office.js's own helpers keep their leading underscore
          const method = target[action.Name.startsWith("_") ? action.Name : camel(action.Name)];
          if (typeof method !== "function")
            throw new Error(
              `NotImplemented: the fake has no ${action.Name} on ${String(target?.constructor?.name)}`
            );
          const value = (method as (...a: unknown[]) => unknown).apply(target, args);
          results.push({ ActionId: action.Id, Value: value ?? null });
        } else if (action.ActionType === ACTION.query) {
          results.push({
            ActionId: action.Id,
            Value: this.query(target, action.QueryInfo?.Select),
          });
        }
        if (this.fake.failure !== null) throw new Error(this.fake.failure);
      } catch (e) {
        this.fake.failNextSync(null);
        const message = (e as Error).message;
        return {
          ErrorCode: "",
          ErrorMessage: "",
          Headers: {},
          Body: {
            Results: results,
            Error: {
              Code: message.split(":")[0],
              Message: message,
              ActionIndex: index,
              HttpStatusCode: 400,
            },
          },
        };
      }
    }
    return { ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: results } };
  }

  private checkShape(path: ObjectPath, action: Action): void {
    if (!["Formulas", "Values", "NumberFormat", "FormulasLocal"].includes(action.Name)) return;
    const shape = rangeShape(path);
    const value = action.ArgumentInfo?.Arguments?.[0];
    if (shape === null || !Array.isArray(value)) return;
    const address = String(path.ArgumentInfo?.Arguments?.[0] ?? "");
    if (
      value.length !== shape.rows ||
      value.some((row) => !Array.isArray(row) || row.length !== shape.columns)
    )
      this.problems.push(
        `${action.Name} of ${address}: a ${value.length}-row array for ${shape.rows}×${shape.columns} cells`
      );
  }

  /** The selected properties of a fake object, as Excel answers a load. */
  private query(target: Json, select: readonly string[] | undefined): unknown {
    if (
      target === null ||
      target === undefined ||
      (target as { isNullObject?: boolean }).isNullObject
    )
      return null;
    // the fake's collections hand out their items from load(); its objects load in place
    const load = (target as { load?: () => unknown }).load;
    const loaded = ((typeof load === "function" ? load.call(target) : undefined) ??
      target) as Json & {
      settle?: () => void;
    };
    loaded.settle?.();
    const pick = (object: Json) =>
      Object.fromEntries((select ?? []).map((p) => [pascal(p), object[p] as unknown]));
    if ("items" in loaded && Array.isArray(loaded.items))
      return { _Items: (loaded.items as Json[]).map(pick) };
    return pick(loaded);
  }
}

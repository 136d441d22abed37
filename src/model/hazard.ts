/**
 * Hazards the model rates: earthquakes by 震度階級 or numeric 計測震度, 床上浸水, 床下浸水 and 火災.
 */
import { invalid, missing } from "./errors";
import type { IntensityKey, Parameters } from "./parameters";
import { isBlank, ownEntry } from "./guards";

export const SEISMIC_CLASSES = ["5弱", "5強", "6弱", "6強", "7"] as const;
export type SeismicClass = (typeof SEISMIC_CLASSES)[number];

export const NON_SEISMIC_HAZARDS = ["床上浸水", "床下浸水", "火災"] as const;
export type NonSeismicHazard = (typeof NON_SEISMIC_HAZARDS)[number];

export type Hazard =
  | { kind: "earthquake"; seismicClass: SeismicClass; intensity: number }
  | { kind: "floodAbove" }
  | { kind: "floodBelow" }
  | { kind: "fire" };

const CLASS_KEY: Record<SeismicClass, IntensityKey> = {
  "5弱": "I5L",
  "5強": "I5U",
  "6弱": "I6L",
  "6強": "I6U",
  "7": "I7",
};

export function intensityKey(seismicClass: SeismicClass): IntensityKey {
  return CLASS_KEY[seismicClass];
}

// 気象庁 震度階級の境界: 5弱 4.5–5.0, 5強 5.0–5.5, 6弱 5.5–6.0, 6強 6.0–6.5, 7 6.5 以上
const CLASS_LOWER_BOUNDS: readonly [number, SeismicClass][] = [
  [6.5, "7"],
  [6.0, "6強"],
  [5.5, "6弱"],
  [5.0, "5強"],
  [4.5, "5弱"],
];

export function seismicClassOf(intensity: number): SeismicClass {
  const found = CLASS_LOWER_BOUNDS.find(([lower]) => intensity >= lower);
  return found ? found[1] : "5弱";
}

const NON_SEISMIC: Record<NonSeismicHazard, Hazard> = {
  床上浸水: { kind: "floodAbove" },
  床下浸水: { kind: "floodBelow" },
  火災: { kind: "fire" },
};

const ALLOWED = `${SEISMIC_CLASSES.join("、")}、計測震度（4.5〜7.0）、${NON_SEISMIC_HAZARDS.join("、")}`;

function fromIntensity(intensity: number, params: Parameters): Hazard {
  const min = params.IntensityMin;
  const max = params.IntensityMax;
  if (intensity < min || intensity > max) {
    throw invalid(`計測震度は${min}〜${max}の範囲で入力してください（${intensity}）。`);
  }
  return { kind: "earthquake", seismicClass: seismicClassOf(intensity), intensity };
}

/**
 * A number as a hazard: a whole number is a 震度階級 as a person writes it (7 is 震度7; 5 and 6
 * are ambiguous — 5弱 or 5強? — and refused), a decimal a 計測震度. A cell formatted as a number
 * or a user's formula gives 7, not "7": both mean the class.
 */
function fromNumber(value: number, params: Parameters): Hazard {
  if (value === 7) return classHazard("7", params);
  if (value === 5 || value === 6)
    throw invalid(
      `震度${value}は弱か強を付けて指定してください（${value}弱、${value}強）。計測震度なら小数で入力します（例：${value}.3）。`
    );
  return fromIntensity(value, params);
}

function classHazard(seismicClass: SeismicClass, params: Parameters): Hazard {
  return {
    kind: "earthquake",
    seismicClass,
    intensity: params[`Intensity_${CLASS_KEY[seismicClass]}`],
  };
}

/**
 * Reads a hazard from a cell value: "6強", "震度6強", 6.3 (計測震度), "床上浸水", "火災"….
 * A class name is rated at its representative intensity from the 係数 sheet.
 */
export function parseHazard(value: unknown, params: Parameters): Hazard {
  if (isBlank(value))
    throw missing(`災害の種類が空欄です。${ALLOWED}のいずれかを指定してください。`);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid("計測震度が有限の数値ではありません。");
    return fromNumber(value, params);
  }
  if (typeof value !== "string")
    throw invalid(`災害の種類は${ALLOWED}のいずれかを指定してください。`);
  let parsed = PARSED.get(params);
  if (parsed === undefined) {
    parsed = new Map();
    PARSED.set(params, parsed);
  }
  const known = parsed.get(value);
  if (known !== undefined) return known;
  const hazard = Object.freeze(parseText(value, params));
  parsed.set(value, hazard);
  return hazard;
}

// The same text under the same coefficients is the same hazard: read once (cells repeat it).
const PARSED = new WeakMap<Parameters, Map<string, Hazard>>();

function parseText(value: string, params: Parameters): Hazard {
  const text = value.trim().replace(/^震度/, "").replace(/^地震/, "").replace(/^震度/, "");
  if ((SEISMIC_CLASSES as readonly string[]).includes(text))
    return classHazard(text as SeismicClass, params);
  // own keys only: "toString" is not a hazard
  const named = ownEntry(NON_SEISMIC, text);
  if (named !== undefined) return named;
  // written with a decimal point it is a 計測震度 ("5.0"), a whole number a class
  if (/^\d+\.\d+$/.test(text)) return fromIntensity(Number(text), params);
  if (/^\d+$/.test(text)) return fromNumber(Number(text), params);
  throw invalid(`災害の種類「${value}」は使えません。${ALLOWED}のいずれかを指定してください。`);
}

/** A short Japanese label for sheets and output. */
export function hazardLabel(hazard: Hazard): string {
  switch (hazard.kind) {
    case "earthquake":
      return `地震 震度${hazard.seismicClass}`;
    case "floodAbove":
      return "床上浸水";
    case "floodBelow":
      return "床下浸水";
    case "fire":
      return "火災";
  }
}

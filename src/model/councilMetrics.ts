import { scaleThreshold } from 'd3-scale';
import type { AppData } from '../data/indexes';
import type { PartnershipSummary, Year } from '../shared/types';
import { drawnCouncils } from './links';
import { councilsStandingFor } from './years';
import { shareOf } from './savingsShare';
import { estimateMidpoint } from './savingsBands';
import { boundaryYearFor } from './years';

// The areas map: each council coloured by one number, for questions lines
// answer badly ("who shares most in my region?"). The numbers are worked
// out on the shapes drawn for the year: a council abolished since counts
// towards the council that stands for it on those boundaries.

export type CouncilMetric = { kind: 'count' } | { kind: 'savings' } | { kind: 'service'; service: string };

/** The value of each council drawn, for the partnerships shown; councils in none are absent. */
export function councilValues(
  shown: readonly PartnershipSummary[],
  year: Year | null,
  metric: CouncilMetric,
  data: Pick<AppData, 'councilByCode'>,
): Map<string, number> {
  const boundaryYear = boundaryYearFor(year);
  const values = new Map<string, number>();
  for (const p of shown) {
    if (metric.kind === 'service' && !p.services.includes(metric.service)) continue;
    if (metric.kind === 'savings' && !p.estimate) continue;
    // With all years, every council ever in it (as the council's list of partnerships shows it); with a year, those in it then.
    const councils = year == null ? everDrawn(p, boundaryYear, data) : drawnCouncils(p, boundaryYear, data);
    const add = metric.kind === 'savings' ? estimateMidpoint(shareOf(p.estimate!, councils.length)) : 1;
    for (const code of councils) values.set(code, (values.get(code) ?? 0) + add);
  }
  return values;
}

/** Every council ever in a partnership (one that left counts too), as the boundaries of `boundaryYear` draw them. */
function everDrawn(p: PartnershipSummary, boundaryYear: Year, data: Pick<AppData, 'councilByCode'>): string[] {
  const drawn = new Set<string>();
  for (const code of p.councils) for (const standing of councilsStandingFor(code, boundaryYear, data)) drawn.add(standing);
  return [...drawn];
}

/** Sequential classes, light to dark: ColorBrewer YlGnBu (5), readable by colour-blind readers. */
export const CLASS_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** A council in no partnership shown: set apart from the lowest class. */
export const NONE_COLOUR = '#e6e6e6';

/** The nearest of 1, 2 and 5 times a power of ten: breaks a reader can say ("£50,000", "£2m"). */
export function roundToOneTwoFive(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10].map((s) => s * power);
  return steps.reduce((best, s) => (Math.abs(Math.log(s / value)) < Math.abs(Math.log(best / value)) ? s : best));
}

/**
 * Class breaks for the values: at their quantiles (so each class holds
 * about as many councils), rounded to whole numbers for counts and to 1, 2
 * or 5 times a power of ten for money, without repeats. Fewer classes when
 * the values allow no more (every council in one or two partnerships).
 */
export function classBreaks(values: readonly number[], metric: CouncilMetric, classes = CLASS_COLOURS.length): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const round = metric.kind === 'savings' ? roundToOneTwoFive : (v: number) => Math.max(1, Math.round(v));
  const max = sorted[sorted.length - 1]!;
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const floor = breaks.length ? breaks[breaks.length - 1]! : sorted[0]!;
    let b = round(sorted[Math.floor((i / classes) * sorted.length)]!);
    // Many councils on one value (a long run of 1s): break at the next value up instead.
    if (b <= floor) b = round(sorted.find((v) => v > floor) ?? floor);
    if (b > floor && b <= max) breaks.push(b);
  }
  return breaks;
}

export interface LegendClass {
  /** The class holds values from `from` (inclusive) to `to` (exclusive; null for the top class). */
  from: number;
  to: number | null;
  colour: string;
  councils: number;
}

export interface Choropleth {
  colourOf(code: string): string;
  classes: LegendClass[];
  /** Councils in no partnership shown (drawn in NONE_COLOUR). */
  none: number;
}

/** Colours for every council drawn and the legend that explains them. */
export function choropleth(values: ReadonlyMap<string, number>, drawn: readonly string[], metric: CouncilMetric): Choropleth {
  const present = [...values.values()];
  const breaks = classBreaks(present, metric);
  const colours = CLASS_COLOURS.slice(CLASS_COLOURS.length - breaks.length - 1);
  const scale = scaleThreshold<number, string>().domain(breaks).range(colours);
  const lowest = present.length ? Math.min(...present.filter((v) => v > 0)) : 0;
  const classes: LegendClass[] = colours.map((colour, i) => ({ from: i === 0 ? lowest : breaks[i - 1]!, to: breaks[i] ?? null, colour, councils: 0 }));
  let none = 0;
  for (const code of drawn) {
    const v = values.get(code) ?? 0;
    if (v <= 0) none++;
    else classes[colours.indexOf(scale(v) as (typeof colours)[number])]!.councils++;
  }
  return {
    colourOf: (code) => {
      const v = values.get(code) ?? 0;
      return v > 0 ? scale(v) : NONE_COLOUR;
    },
    classes,
    none,
  };
}

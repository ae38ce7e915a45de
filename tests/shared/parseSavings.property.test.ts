import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, parseAmount, parseSavings } from '../../src/shared/parseSavings';
import { HOSTILE_STRINGS } from './partnershipArbitraries';

// Property-based tests of the savings-wording parser: any text is read
// without throwing into sane figures (finite, whole, non-negative pounds,
// low ≤ high, years only with a period), and an amount written in a known
// way is read back exactly.
// Reproduce with: npx vitest run --project unit tests/shared/parseSavings.property.test.ts

/** Runs per property: 1,000, or more for a longer hunt (FUZZ_RUNS=20000 npx vitest run …). */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS) || 0);

/** Digits as people and machines write them: small, grouped, decimal, absurdly long. */
const digits = fc.oneof(
  fc.nat({ max: 999 }).map(String),
  fc.maxSafeNat().map((n) => n.toLocaleString('en-GB')),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  // Up to 400 digits: size 'max', or fast-check keeps strings to a few characters.
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 400, size: 'max' }),
  fc.string({ unit: fc.constantFrom(...'0123456789,. '), minLength: 1, maxLength: 30 }),
);

/** The pieces councils' savings wordings are made of. */
const token = fc.oneof(
  { arbitrary: digits, weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '£', '£ ', 'GBP ', ' pounds', 'k', 'm', 'bn', 'b', 'mn', 'mil', ' million', ' billion', ' thousand', 'million', ' to ', '-', '–', '—', ' and ', 'between ',
      ' a year', ' per year', ' per annum', ' p.a.', ' annually', ' each year', ' a month', ' over ', ' over the next ', ' in ', ' three', ' ten', ' 5', ' years', '-year', ' a decade',
      ' saved', ' has saved', ' will save', ' expected to save', ' to date', ' each', ' per council', ' up to', ' about', ' more than', ' at least', ' or more', '+', '~',
      'hundreds of thousands', 'tens of millions', 'millions', 'multi-million', 'six-figure', 'half a million', 'three quarters of a billion', 'a', 'an',
      ' from 2012/13 to 2014/15', ' in 2017/18', ' by 2020', ' homes', ' residents', ' of pounds', ' ', '\n', '\t', ',', '.', '(', ')', '%',
    ),
    weight: 5,
  },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
);
const wording = fc.oneof(
  { arbitrary: fc.array(token, { maxLength: 14 }).map((parts) => parts.join('')), weight: 6 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 1 },
);

function expectPounds(value: number, what: string): void {
  expect(Number.isFinite(value), `${what} = ${value}`).toBe(true);
  expect(value, what).toBeGreaterThanOrEqual(0);
}

describe('parseSavings, parseAmount, findFigures: any text', () => {
  it('findFigures: never throws; figures are whole, finite, non-negative pounds, low ≤ high, in order, each where it was found', () => {
    fc.assert(
      fc.property(wording, (text) => {
        const figures = findFigures(text);
        let end = 0;
        for (const f of figures) {
          expectPounds(f.low, `low of ${f.text}`);
          expectPounds(f.high, `high of ${f.text}`);
          expect(Number.isInteger(f.low) && Number.isInteger(f.high), f.text).toBe(true);
          expect(f.low).toBeLessThanOrEqual(f.high);
          expect(f.start).toBeGreaterThanOrEqual(end);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end).trim());
          end = f.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('parseSavings: never throws; a reading has sane figures, a kind, years exactly for a period, and a reason when unclear or empty', () => {
    fc.assert(
      fc.property(wording, (text) => {
        const { savings, doubt } = parseSavings(text);
        if (!savings) {
          expect(typeof doubt).toBe('string');
          return;
        }
        expectPounds(savings.low, 'low');
        expectPounds(savings.high, 'high');
        expect(Number.isInteger(savings.low) && Number.isInteger(savings.high)).toBe(true);
        expect(savings.low).toBeLessThanOrEqual(savings.high);
        expect(['annual', 'period', 'cumulative', 'unclear']).toContain(savings.kind);
        if (savings.kind === 'period' || savings.kind === 'cumulative') {
          expect(Number.isInteger(savings.years) && savings.years! > 0, `years ${savings.years}`).toBe(true);
        } else {
          expect(savings.years).toBeUndefined();
        }
        if (savings.kind === 'unclear') expect(typeof doubt).toBe('string');
        expect([undefined, true]).toContain(savings.target);
        expect([undefined, 'partnership', 'each-partner', 'some-partners']).toContain(savings.scope);
        expect([undefined, 'about', 'at-least', 'up-to']).toContain(savings.qualifier);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseAmount: never throws; one finite, non-negative amount or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(wording, digits, digits.map((d) => `£${d}`), fc.tuple(digits, fc.constantFrom('k', 'm', 'bn', ' million', 'billion')).map(([d, s]) => `£${d}${s}`)), (text) => {
        const amount = parseAmount(text);
        if (amount !== undefined) expectPounds(amount, `parseAmount(${JSON.stringify(text.slice(0, 60))})`);
      }),
      { numRuns: RUNS },
    );
  });
});

const scales = [
  ['k', 1e3],
  [' thousand', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['million', 1e6],
  [' million', 1e6],
  ['bn', 1e9],
  [' billion', 1e9],
] as const;

/** A figure of up to three whole digits and up to two decimals, as written: "1.2", "3", "12.75". */
const decimal = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined })).map(([whole, part]) => (part === undefined ? String(whole) : `${whole}.${String(part).padStart(2, '0').replace(/0$/, '') || '0'}`));

describe('parseSavings, parseAmount, findFigures: amounts read back', () => {
  it('any whole number of pounds, as £ with commas, £ with spaces, or plain digits', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (pounds) => {
        const commas = `£${pounds.toLocaleString('en-GB')}`;
        const spaces = `£${pounds.toLocaleString('en-GB').replace(/,/g, ' ')}`;
        expect(parseAmount(commas)).toBe(pounds);
        expect(parseAmount(pounds.toLocaleString('en-GB'))).toBe(pounds);
        expect(parseAmount(String(pounds))).toBe(pounds);
        expect(findFigures(`savings of ${commas} in all`)).toMatchObject([{ low: pounds, high: pounds, text: commas }]);
        expect(parseSavings(`${spaces} a year`).savings).toEqual({ kind: 'annual', low: pounds, high: pounds });
      }),
      { numRuns: RUNS },
    );
  });

  it('a figure with a scale, "£1.2m", "£3 million", "£450k", "£1.25bn": alone, per year, over a number of years', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...scales), fc.integer({ min: 2, max: 30 }), (figure, [suffix, scale], years) => {
        const pounds = Math.round(Number(figure) * scale);
        expect(parseAmount(`£${figure}${suffix}`)).toBe(pounds);
        expect(parseAmount(`${figure}${suffix}`)).toBe(pounds);
        expect(parseSavings(`£${figure}${suffix}`).savings).toEqual({ kind: 'unclear', low: pounds, high: pounds });
        expect(parseSavings(`£${figure}${suffix} a year`).savings).toEqual({ kind: 'annual', low: pounds, high: pounds });
        expect(parseSavings(`£${figure}${suffix} over ${years} years`).savings).toEqual({ kind: 'period', low: pounds, high: pounds, years });
      }),
      { numRuns: RUNS },
    );
  });

  it('a range, "between £a and £b" or "£a–£bm", in either order', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), fc.integer({ min: 2, max: 30 }), (a, b, years) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        expect(parseSavings(`between £${a.toLocaleString('en-GB')} and £${b.toLocaleString('en-GB')} over ${years} years`).savings).toEqual({ kind: 'period', low, high, years });
        expect(findFigures(`£${a.toLocaleString('en-GB')}–£${b.toLocaleString('en-GB')}`)).toMatchObject([{ low, high }]);
      }),
      { numRuns: RUNS },
    );
  });
});

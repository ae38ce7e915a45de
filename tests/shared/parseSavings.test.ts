import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, parseAmount, parseSavings, type SavingsReading } from '../../src/shared/parseSavings';

function read(quote: string): SavingsReading | null {
  return parseSavings(quote).savings;
}

describe('parseSavings: the wordings of the brief and the README', () => {
  it.each<[string, SavingsReading]>([
    ['£2m to £5m over three years', { kind: 'period', low: 2_000_000, high: 5_000_000, years: 3 }],
    ['£670,000 per year', { kind: 'annual', low: 670_000, high: 670_000 }],
    ['£1.5m a year by 2015/16', { kind: 'annual', low: 1_500_000, high: 1_500_000, target: true }],
    ['£2.3m over 5 years', { kind: 'period', low: 2_300_000, high: 2_300_000, years: 5 }],
    ['save more than £2 million per year', { kind: 'annual', low: 2_000_000, high: 2_000_000, qualifier: 'at-least' }],
    ['up to £10 million per year for each authority', { kind: 'annual', low: 10_000_000, high: 10_000_000, scope: 'each-partner', qualifier: 'up-to' }],
    ['£1m each annually', { kind: 'annual', low: 1_000_000, high: 1_000_000, scope: 'each-partner' }],
    ['has saved £17 million in ten years', { kind: 'cumulative', low: 17_000_000, high: 17_000_000, years: 10 }],
    ['£8m-a-year within four years', { kind: 'annual', low: 8_000_000, high: 8_000_000, target: true }],
    ['hundreds of thousands annually', { kind: 'annual', low: 200_000, high: 999_999 }],
    ['£500k', { kind: 'unclear', low: 500_000, high: 500_000 }],
    ['£1.2bn', { kind: 'unclear', low: 1_200_000_000, high: 1_200_000_000 }],
    ['savings in the order of £2.3m were achievable over 5 years', { kind: 'period', low: 2_300_000, high: 2_300_000, years: 5, target: true, qualifier: 'about' }],
    ['Saved £17m in ten years', { kind: 'cumulative', low: 17_000_000, high: 17_000_000, years: 10 }],
  ])('%s', (quote, expected) => {
    expect(read(quote)).toEqual(expected);
  });
});

describe('parseSavings: one of each kind', () => {
  it('annual: per year, a year, annually, per annum, p.a., year-on-year', () => {
    for (const quote of ['£2m per year', '£2m a year', '£2m annually', 'annual savings of £2m', '£2m per annum', '£2m p.a.', 'year-on-year savings of £2m', '£2m every year']) {
      expect(read(quote), quote).toMatchObject({ kind: 'annual', low: 2_000_000, high: 2_000_000 });
      expect(read(quote)!.years, quote).toBeUndefined();
    }
  });

  it('period: a total over a number of years, in digits or words', () => {
    expect(read('£600,000 over the next four years')).toMatchObject({ kind: 'period', years: 4 });
    expect(read('£2m over a five-year period')).toMatchObject({ kind: 'period', years: 5 });
    expect(read('£9m over twelve years')).toMatchObject({ kind: 'period', years: 12 });
    expect(read('£4m over a decade')).toMatchObject({ kind: 'period', years: 10 });
    expect(read('potential joint cash savings of £1.27m from 2012/13 to 2014/15')).toMatchObject({ kind: 'period', years: 3, target: true });
  });

  it('cumulative: savings made over a number of years', () => {
    expect(read('the partnership has saved £4m over six years')).toMatchObject({ kind: 'cumulative', years: 6 });
    expect(read('Over the last 10 years, this partnership has created over £22million in savings')).toMatchObject({ kind: 'cumulative', years: 10, low: 22_000_000 });
    expect(read('savings to date of £3m in 5 years')).toMatchObject({ kind: 'cumulative', years: 5 });
  });

  it('unclear: a figure with no period, kept with the reason', () => {
    const parsed = parseSavings('would save £100,000');
    expect(parsed.savings).toEqual({ kind: 'unclear', low: 100_000, high: 100_000, target: true });
    expect(parsed.doubt).toMatch(/no period/);
  });

  it('null: no figure at all', () => {
    expect(parseSavings('significant savings')).toEqual({ savings: null, doubt: 'no figure in the wording' });
    expect(parseSavings('')).toEqual({ savings: null, doubt: 'no wording' });
    expect(parseSavings('savings were made in 2015/16 across 4 councils').savings).toBeNull();
  });
});

describe('parseSavings: amounts', () => {
  it.each<[string, number]>([
    ['£500k a year', 500_000],
    ['£1.2bn a year', 1_200_000_000],
    ['£2.4million a year', 2_400_000],
    ['£2.4 mn a year', 2_400_000],
    ['£2,400,000 a year', 2_400_000],
    ['£80 000 annually', 80_000],
    ['£ 2.5m p.a.', 2_500_000],
    ['2 million pounds a year', 2_000_000],
    ['half a million pounds a year', 500_000],
    ['three million pounds a year', 3_000_000],
    ['savings of 7.4m a year', 7_400_000],
  ])('%s is £%d', (quote, pounds) => {
    expect(read(quote)).toMatchObject({ low: pounds, high: pounds });
  });

  it('reads vague amounts as ranges, the way the README reads "hundreds of thousands"', () => {
    expect(read('tens of thousands of pounds a year')).toMatchObject({ low: 20_000, high: 99_999 });
    expect(read('saving millions every year')).toMatchObject({ low: 2_000_000, high: 9_999_999 });
    expect(read('multi-million pound savings')).toMatchObject({ kind: 'unclear', low: 2_000_000, high: 9_999_999 });
    expect(read('a six-figure sum each year')).toMatchObject({ kind: 'annual', low: 100_000, high: 999_999 });
  });

  it('joins ranges however they are written', () => {
    for (const quote of ['£2m to £5m a year', '£2m-£5m a year', '£2m – £5m a year', '£2-5m a year', '£2 to 5 million a year', 'between £2m and £5m a year', '£5m to £2m a year']) {
      expect(read(quote), quote).toMatchObject({ kind: 'annual', low: 2_000_000, high: 5_000_000 });
    }
    // The second figure's scale is not borrowed when the first is bigger.
    expect(read('£500 to £2m a year')).toMatchObject({ low: 500, high: 2_000_000 });
  });

  it('does not take years, codes, counts or percentages for money', () => {
    expect(findFigures('In 2015/16, 18,000 homes and 20% of staff in E07000112 over 5 years')).toEqual([]);
    expect(findFigures('1.2 million residents')).toEqual([]);
    expect(findFigures('within 12 months')).toEqual([]);
  });
});

describe('parseSavings: qualifiers, targets and scope', () => {
  it('reads the words just before the figure as the qualifier', () => {
    expect(read('around £2.5 million a year')).toMatchObject({ qualifier: 'about' });
    expect(read('nearly £8.6m over the first 5 years')).toMatchObject({ qualifier: 'about', years: 5 });
    expect(read('saving around a £1 million a year')).toMatchObject({ qualifier: 'about' });
    expect(read('a combined total approaching £2m a year')).toMatchObject({ qualifier: 'about' });
    expect(read('in excess of £1m a year')).toMatchObject({ qualifier: 'at-least' });
    expect(read('over £500,000 a year')).toMatchObject({ qualifier: 'at-least' });
    expect(read('£1m or more a year')).toMatchObject({ qualifier: 'at-least' });
    expect(read('as much as £3m a year')).toMatchObject({ qualifier: 'up-to' });
    expect(read('£3m a year')!.qualifier).toBeUndefined();
  });

  it('"over" before a number of years is a period, not a qualifier', () => {
    expect(read('£3m over three years')).toEqual({ kind: 'period', low: 3_000_000, high: 3_000_000, years: 3 });
  });

  it('marks aims and projections as targets, and savings made as not', () => {
    for (const quote of ['expected to save £90,000 a year', 'will save £1m a year', 'set to save £600,000 over the next four years', 'projected savings of £2m a year', 'aims to save £5m a year', 'could save £1.5m a year', 'in a bid to save more than £2 million per year']) {
      expect(read(quote)!.target, quote).toBe(true);
    }
    for (const quote of ["We've saved £1 million a year", 'has achieved year-on-year savings of £3.2m', 'saved £2m a year by 2015']) {
      expect(read(quote)!.target, quote).toBeUndefined();
    }
  });

  it('reads "each" and "per council" as each partner, but not "each year"', () => {
    expect(read('£250,000 per council per year')).toMatchObject({ scope: 'each-partner' });
    expect(read('£1m a year apiece')).toMatchObject({ scope: 'each-partner' });
    expect(read('£1m each year')!.scope).toBeUndefined();
  });
});

describe('parseSavings: tricky wordings stay unclear rather than guessed', () => {
  it('several figures: the first is kept, kind unclear, and the report says which figures', () => {
    const parsed = parseSavings('all boroughs claim their annual savings of £2.4million, or £800,000 each, will continue');
    expect(parsed.savings).toMatchObject({ kind: 'unclear', low: 2_400_000, high: 2_400_000 });
    expect(parsed.savings!.scope).toBeUndefined(); // "each" belongs to the second figure
    expect(parsed.doubt).toContain('"£2.4million", "£800,000"');
  });

  it('a cost and a saving are two figures', () => {
    expect(read('an upfront cost of £1.79 million and savings of £5.69 million')!.kind).toBe('unclear');
  });

  it('savings made with no number of years', () => {
    const parsed = parseSavings('has saved the three councils more than £6m since it was created in 2011');
    expect(parsed.savings).toMatchObject({ kind: 'unclear', low: 6_000_000, qualifier: 'at-least' });
    expect(parsed.doubt).toMatch(/how many years/);
  });

  it('a figure per month or week is not turned into a year', () => {
    const parsed = parseSavings('£10,000 a month');
    expect(parsed.savings).toMatchObject({ kind: 'unclear', low: 10_000 });
    expect(parsed.doubt).toMatch(/per month/);
  });

  it('one financial year is annual; a span of them is a period', () => {
    expect(read('£565,000 savings delivered back to the authorities in 2017/18')).toMatchObject({ kind: 'annual' });
    expect(read('savings between 2007/08 – 2011/12 were £5.69 million')).toMatchObject({ kind: 'cumulative', years: 5 });
  });

  it('curly quotes and line breaks in the wording do not matter', () => {
    expect(read('We’ve saved\n£1 million\ta year')).toEqual({ kind: 'annual', low: 1_000_000, high: 1_000_000 });
  });
});

describe('parseSavings: properties', () => {
  it('never throws, and any figure has 0 ≤ low ≤ high, whole pounds, years only with a period', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'£0123456789.,-– kmbnillionyearsovertoa'.split('')) })), (text) => {
        const { savings } = parseSavings(text);
        if (!savings) return;
        expect(savings.low).toBeGreaterThanOrEqual(0);
        expect(savings.low).toBeLessThanOrEqual(savings.high);
        expect(Number.isFinite(savings.high)).toBe(true);
        expect(Number.isInteger(savings.low) && Number.isInteger(savings.high)).toBe(true);
        if (savings.kind === 'period' || savings.kind === 'cumulative') expect(savings.years).toBeGreaterThan(0);
        else expect(savings.years).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any amount written with commas, per year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (pounds) => {
        expect(read(`£${pounds.toLocaleString('en-GB')} per year`)).toEqual({ kind: 'annual', low: pounds, high: pounds });
      }),
    );
  });

  it('reads any range with a scale over any number of years, in either order', () => {
    const scales = [
      ['k', 1e3],
      ['m', 1e6],
      [' million', 1e6],
      ['bn', 1e9],
    ] as const;
    const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), fc.constantFrom(...scales), fc.integer({ min: 2, max: 10 }), fc.boolean(), (a, b, [suffix, scale], years, asWord) => {
        const span = asWord ? words[years - 2]! : String(years);
        expect(read(`£${a}${suffix} to £${b}${suffix} over ${span} years`)).toEqual({
          kind: 'period',
          low: Math.round(Math.min(a, b) * scale),
          high: Math.round(Math.max(a, b) * scale),
          years,
        });
      }),
    );
  });

  it('"up to" never changes the figure, only the qualifier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (millions) => {
        const plain = read(`£${millions}m a year`)!;
        const upTo = read(`up to £${millions}m a year`)!;
        expect(upTo).toEqual({ ...plain, qualifier: 'up-to' });
      }),
    );
  });
});

describe('parseAmount', () => {
  it('reads one amount as a cell gives it', () => {
    expect(parseAmount('2300000')).toBe(2_300_000);
    expect(parseAmount('£2.3m')).toBe(2_300_000);
    expect(parseAmount('2,300,000')).toBe(2_300_000);
    expect(parseAmount('500k')).toBe(500_000);
    expect(parseAmount('1234.5')).toBe(1234.5);
  });

  it('refuses anything else', () => {
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('about £2m')).toBeUndefined();
    expect(parseAmount('£2m a year')).toBeUndefined();
    expect(parseAmount('hundreds of thousands')).toBeUndefined();
    expect(parseAmount('two')).toBeUndefined();
  });
});

// Failures found by tests/shared/parseSavings.property.test.ts, kept as examples.
describe('parseSavings and parseAmount: found by the property tests', () => {
  it('do not read a number too big for a double, alone or times its scale, as £Infinity', () => {
    expect(parseAmount(`6${'0'.repeat(308)}`)).toBeUndefined();
    expect(parseSavings(`3${'0'.repeat(303)}million`)).toEqual({ savings: null, doubt: 'no figure in the wording' });
    expect(findFigures(`£1${'0'.repeat(300)}bn`)).toEqual([]);
    // The largest that fit are still read.
    expect(parseAmount(`1${'0'.repeat(300)}`)).toBe(1e300);
  });
});

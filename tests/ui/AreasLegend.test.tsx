import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { choropleth, CLASS_COLOURS } from '../../src/model/councilMetrics';
import type { AreaMeasure } from '../../src/model/viewState';
import { AreasLegend, AreaTooltipValue, classRange, measureTitle } from '../../src/ui/AreasLegend';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');
const count: AreaMeasure = { kind: 'count' };
const savings: AreaMeasure = { kind: 'savings' };

describe('classRange', () => {
  it('says count classes as whole numbers: one value, a span, or the top open-ended', () => {
    expect(classRange({ from: 1, to: 2, colour: '', councils: 0 }, true, count, en)).toBe('1');
    expect(classRange({ from: 2, to: 4, colour: '', councils: 0 }, false, count, en)).toBe('2 to 3');
    expect(classRange({ from: 15, to: null, colour: '', councils: 0 }, false, count, en)).toBe('15 or more');
  });

  it('says money classes in full: under the first break, between breaks, and the top open-ended', () => {
    expect(classRange({ from: 1_234, to: 50_000, colour: '', councils: 0 }, true, savings, en)).toBe('Under £50,000');
    expect(classRange({ from: 50_000, to: 100_000, colour: '', councils: 0 }, false, savings, en)).toBe('£50,000 to £100,000');
    expect(classRange({ from: 2_000_000, to: null, colour: '', councils: 0 }, false, savings, en)).toBe('£2,000,000 or more');
  });

  it('titles the measure, saying how savings are shared', () => {
    expect(measureTitle(savings, data, en)).toBe('Share of yearly savings (each partnership’s estimate divided equally among its councils)');
    expect(measureTitle({ kind: 'service', service: 'legal' }, data, en)).toBe(`Partnerships in ${en.t('service.legal')} each council is in`);
  });
});

describe('AreasLegend', () => {
  const map = choropleth(new Map([['a', 1], ['b', 2], ['c', 2], ['d', 9]]), ['a', 'b', 'c', 'd', 'e'], count);

  it('lists the classes darkest first, each with its colour, range and councils, then the councils in none', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <AreasLegend data={data} choropleth={map} measure={count} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Number of partnerships each council is in' })).toBeTruthy();
    const rows = [...container.querySelectorAll('.areas-classes li')].map((li) => li.textContent);
    expect(rows.at(-1)).toBe('In none of the partnerships shown1 council');
    expect(rows).toHaveLength(map.classes.length + 1);
    const swatches = [...container.querySelectorAll<HTMLElement>('.areas-swatch')].map((s) => s.style.background);
    expect(swatches[0]).toBe('rgb(37, 52, 148)'); // CLASS_COLOURS' darkest, #253494
    expect(CLASS_COLOURS.at(-1)).toBe('#253494');
  });

  it('starts closed when asked, and opens', () => {
    render(
      <I18nProvider lang="en">
        <AreasLegend data={data} choropleth={map} measure={count} collapsed />
      </I18nProvider>,
    );
    expect(screen.queryByText('In none of the partnerships shown')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the key' }));
    expect(screen.getByText('In none of the partnerships shown')).toBeTruthy();
  });
});

describe('AreaTooltipValue', () => {
  it('says a council’s share of savings, or its partnerships in the service; nothing more for the count, which the tooltip says already', () => {
    const { container, rerender } = render(
      <I18nProvider lang="en">
        <AreaTooltipValue value={150_000} measure={savings} data={data} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('Share of yearly savings: £150k a year');
    rerender(
      <I18nProvider lang="en">
        <AreaTooltipValue value={2} measure={{ kind: 'service', service: 'legal' }} data={data} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe(`2 ${en.t('service.legal')} partnerships`);
    rerender(
      <I18nProvider lang="en">
        <AreaTooltipValue value={2} measure={count} data={data} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});

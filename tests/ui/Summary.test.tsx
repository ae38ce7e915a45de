import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { summarise } from '../../src/model/stats';
import { figureTotalsText, Summary } from '../../src/ui/Summary';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const tr = createTranslator('en');

function setup(active: string[] = []) {
  const onToggleService = vi.fn();
  const summary = summarise(data.partnerships, data.services.map((s) => s.id), null);
  render(
    <I18nProvider lang="en">
      <Summary data={data} summary={summary} activeServices={active} onToggleService={onToggleService} />
    </I18nProvider>,
  );
  return { summary, onToggleService };
}

describe('figureTotalsText', () => {
  it('says which total is reported as achieved and which is targets and projections, leaving out an empty one', () => {
    const none = { low: 0, high: 0, count: 0 };
    expect(figureTotalsText({ reported: { low: 3_000_000, high: 3_000_000, count: 2 }, target: { low: 1_000_000, high: 2_000_000, count: 1 } }, tr)).toBe(
      '£3m reported as achieved, £1m to £2m targets and projections',
    );
    expect(figureTotalsText({ reported: none, target: { low: 500_000, high: 500_000, count: 1 } }, tr)).toBe('£500k targets and projections');
  });
});

describe('Summary', () => {
  it('counts the partnerships and councils, and totals the savings of those with an estimate', () => {
    const { summary } = setup();
    expect(screen.getByText('5 partnerships').parentElement!.textContent).toBe(`5 partnerships · ${summary.councils} councils`);
    const { reported } = summary.byFigure;
    expect(screen.getByText(`Yearly savings: ${tr.moneyRange(reported.low, reported.high)} reported as achieved`)).toBeTruthy();
    expect(screen.getByText('The total of the 3 partnerships with a yearly estimate.')).toBeTruthy();
    expect(screen.getByText('2 partnerships give no savings figure.')).toBeTruthy();
  });

  it('has a bar per service area, largest first, each a toggle of its filter', () => {
    const { onToggleService } = setup(['hr-payroll']);
    const bars = screen.getAllByRole('button');
    expect(bars[0]!.textContent).toMatch(/^HR and payroll.*2$/);
    expect(bars[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(bars.filter((b) => b.getAttribute('aria-pressed') === 'true')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Legal/ }));
    expect(onToggleService).toHaveBeenCalledWith('legal');
  });
});

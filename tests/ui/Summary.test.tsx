import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { summarise } from '../../src/model/stats';
import { Summary } from '../../src/ui/Summary';
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

describe('Summary', () => {
  it('counts the partnerships and councils, and totals the savings of those with an estimate', () => {
    const { summary } = setup();
    expect(screen.getByText('5 partnerships').parentElement!.textContent).toBe(`5 partnerships · ${summary.councils} councils`);
    expect(screen.getByText(`Yearly savings: ${tr.moneyRange(summary.savings.low, summary.savings.high)}`)).toBeTruthy();
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

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { ComparePanel } from '../../src/ui/ComparePanel';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

function setup(codes: string[]) {
  const handlers = { onSelectCouncil: vi.fn(), onOpenPartnership: vi.fn(), onRemove: vi.fn(), onClear: vi.fn() };
  const { container } = render(
    <I18nProvider lang="en">
      <ComparePanel data={data} codes={codes} shown={data.partnerships} year={null} {...handlers} />
    </I18nProvider>,
  );
  return { ...handlers, container };
}

describe('ComparePanel', () => {
  it('lists what the councils share, and by whom, each to open', () => {
    const { onOpenPartnership } = setup(['E09000015', 'E09000003']);
    const shared = screen.getByRole('heading', { name: 'Partnerships they share' }).nextElementSibling as HTMLElement;
    expect(within(shared).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Harrow and Barnet HR Shared by Harrow and Barnet',
      'HB Public Law Shared by Harrow and Barnet',
    ]);
    fireEvent.click(within(shared).getByRole('button', { name: 'HB Public Law' }));
    expect(onOpenPartnership).toHaveBeenCalledWith('hb-public-law');
  });

  it('gives each council a column of its partnerships by service area, with whom it shares', () => {
    const { container } = setup(['E09000015', 'W06000015']);
    const columns = [...container.querySelectorAll('.compare-column')] as HTMLElement[];
    expect(columns).toHaveLength(2);
    expect([...columns[0]!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['HR and payroll', 'Legal and democratic services']);
    expect(within(columns[1]!).getByText('Shares with 1 other council')).toBeTruthy();
    expect(screen.getByText('These councils share no partnership that matches the filters.')).toBeTruthy();
  });

  it('focuses, removes and clears through its buttons', () => {
    const { onSelectCouncil, onRemove, onClear } = setup(['E09000015', 'E09000003']);
    fireEvent.click(screen.getByRole('button', { name: 'London Borough of Barnet' }));
    expect(onSelectCouncil).toHaveBeenCalledWith('E09000003');
    fireEvent.click(screen.getByRole('button', { name: 'Remove London Borough of Harrow from the comparison' }));
    expect(onRemove).toHaveBeenCalledWith('E09000015');
    fireEvent.click(screen.getByRole('button', { name: 'End the comparison' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('asks for another council while only one is picked', () => {
    setup(['E09000015']);
    expect(screen.getByText(/Select another council/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Partnerships they share' })).toBeNull();
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { TableSort } from '../../src/model/viewState';
import { TableView } from '../../src/ui/TableView';
import { makeAppData, PARTNERSHIPS } from '../helpers/appData';

const data = makeAppData();

function setup(sort: TableSort | null = null) {
  const onSort = vi.fn();
  const onOpen = vi.fn();
  render(
    <I18nProvider lang="en">
      <TableView data={data} partnerships={PARTNERSHIPS} sort={sort} selected={null} onSort={onSort} onOpen={onOpen} />
    </I18nProvider>,
  );
  return { onSort, onOpen, table: screen.getByRole('table') };
}

const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((th) => th.textContent);

describe('TableView', () => {
  it('is a table with a caption, column headers and one row per partnership', () => {
    const { table } = setup();
    expect(within(table).getByText('5 partnerships, sorted by Partnership')).toBeTruthy();
    expect(within(table).getAllByRole('columnheader')).toHaveLength(7);
    expect(rowNames(table)).toEqual(['Harrow and Barnet HR', 'HB Public Law', 'Shared Regulatory Services', 'Suffolk ICT', 'West Suffolk shared services']);
  });

  it('shows the order it is sorted in, and asks for a new order from the column buttons', () => {
    const { table, onSort } = setup({ column: 'savings', descending: true });
    const savings = within(table).getByRole('columnheader', { name: /Yearly savings/ });
    expect(savings.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(table)[0]).toBe('West Suffolk shared services');
    fireEvent.click(within(savings).getByRole('button'));
    expect(onSort).toHaveBeenCalledWith({ column: 'savings', descending: false });
    fireEvent.click(within(within(table).getByRole('columnheader', { name: /Start/ })).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith({ column: 'start', descending: false });
  });

  it('opens a partnership from its row', () => {
    const { table, onOpen } = setup();
    fireEvent.click(within(table).getByRole('button', { name: 'HB Public Law' }));
    expect(onOpen).toHaveBeenCalledWith('hb-public-law');
  });

  it('labels each cell with its column, for the card layout of a narrow box', () => {
    const { table } = setup();
    const row = within(table).getByRole('rowheader', { name: 'HB Public Law' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.dataset.label)).toEqual(['Councils', 'Service areas', 'Start', 'End', 'Status', 'Yearly savings (estimate)']);
  });

  it('gives a running partnership’s status with the year its source showed it running', () => {
    const running = PARTNERSHIPS.map((p) => (p.id === 'hb-public-law' ? { ...p, statusAsOf: 2024 } : p));
    render(
      <I18nProvider lang="en">
        <TableView data={data} partnerships={running} sort={null} selected={null} onSort={() => {}} onOpen={() => {}} />
      </I18nProvider>,
    );
    const status = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell')[4]!.textContent;
    expect(status('HB Public Law')).toBe('Active, as of 2024');
    expect(status('Harrow and Barnet HR')).toBe('Not known');
  });

  it('gives its two regions names of their own (axe landmark-unique)', () => {
    setup();
    const names = screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby')).map((id) => document.getElementById(id!)!.textContent);
    expect(names).toEqual(['Partnerships as a table', '5 partnerships, sorted by Partnership']);
  });
});

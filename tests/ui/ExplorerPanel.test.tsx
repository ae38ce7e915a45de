import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewState } from '../../src/model/viewState';
import { markFirstViewDrawn } from '../../src/map/firstViewDrawn';
import { ExplorerPanel } from '../../src/ui/ExplorerPanel';
import { makeAppData } from '../helpers/appData';
import { renderWithModel } from '../helpers/explorer';

vi.mock('../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));

const data = makeAppData();
const dispatch = vi.fn();
// The panel's heading, as the ref focus moves through last received it.
let heading: HTMLElement | null = null;
const headingRef = (element: HTMLElement | null) => {
  heading = element;
};

const show = (patch: Partial<ViewState> = {}) =>
  renderWithModel(data, patch, (state, model, actions) => <ExplorerPanel data={data} state={state} model={model} actions={actions} headingRef={headingRef} />, dispatch);

beforeEach(() => dispatch.mockClear());

describe('ExplorerPanel', () => {
  it('with nothing chosen, summarises what is shown and lists it', async () => {
    show();
    expect(screen.getByRole('complementary', { name: 'Partnerships' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What the map shows' })).toBeTruthy();
    // The totals by region come once the first view is drawn (the map's, stood in for here).
    expect(screen.queryByText('By region and nation', { selector: 'summary' })).toBeNull();
    act(() => markFirstViewDrawn());
    expect(await screen.findByText('By region and nation', { selector: 'summary' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Suffolk ICT/ }));
    expect(dispatch).toHaveBeenCalledWith({ type: 'select', target: { kind: 'partnership', id: 'suffolk-ict' } }, 'list');
  });

  it('with a council focused, shows the council, its heading the one focus moves to', async () => {
    show({ council: 'E09000015' });
    // The council panel's code loads after the first view: it says so until then.
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await screen.findByRole('heading', { name: 'London Borough of Harrow' })).toBe(heading);
    expect(await screen.findByText(/the average council in London is in 2; 1 of 2 in its region/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close council details' }));
    expect(dispatch).toHaveBeenCalledWith({ type: 'select', target: { kind: 'none' } }, 'panel');
  });

  it('with a partnership open, shows it, with a way back to the council it was opened from', async () => {
    show({ council: 'E09000015', partnership: 'hb-public-law' });
    expect(await screen.findByRole('heading', { name: 'HB Public Law' })).toBe(heading);
    fireEvent.click(screen.getByRole('button', { name: /Back to London Borough of Harrow/ }));
    expect(dispatch).toHaveBeenCalledWith({ type: 'select', target: { kind: 'council', code: 'E09000015' } }, 'panel');
  });

  it('says how many filters are on, clears them, and makes the filters when first opened', async () => {
    show({ services: ['legal'], year: 2016 });
    const toggle = screen.getByRole('button', { name: 'Filters (2 on)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('checkbox', { name: 'All years' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('checkbox', { name: 'All years' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear all filters' })[0]!);
    expect(dispatch).toHaveBeenCalledWith({ type: 'clearFilters' }, 'panel');
  });
});

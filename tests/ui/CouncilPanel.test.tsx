import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { partnershipsOfCouncil } from '../../src/model/areas';
import { CouncilPanel } from '../../src/ui/CouncilPanel';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

function setup(code: string, props: { county?: string | null; districts?: string[]; none?: boolean } = {}) {
  const handlers = { onSelectCouncil: vi.fn(), onOpenPartnership: vi.fn(), onClose: vi.fn() };
  const partnerships = partnershipsOfCouncil(code, props.none ? [] : data.partnerships, null, data);
  const { container } = render(
    <I18nProvider lang="en">
      <CouncilPanel data={data} code={code} partnerships={partnerships} county={props.county ?? null} districts={props.districts ?? []} boundaryYear={2018} {...handlers} />
    </I18nProvider>,
  );
  return { ...handlers, container };
}

describe('CouncilPanel', () => {
  it('names the council, its type and region, and lists its partnerships to open', () => {
    const { onOpenPartnership, onClose } = setup('E09000015');
    expect(screen.getByRole('heading', { level: 2, name: 'London Borough of Harrow' })).toBeTruthy();
    expect(screen.getByText(/London/, { selector: '.council-facts' })).toBeTruthy();
    expect(screen.getByText('2 partnerships shown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Harrow and Barnet HR/ }));
    expect(onOpenPartnership).toHaveBeenCalledWith('harrow-barnet-hr');
    fireEvent.click(screen.getByRole('button', { name: 'Close council details' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('offers the council’s region, or its nation where that is its region, to show only that area’s partnerships', () => {
    const onPickArea = vi.fn();
    const partnerships = partnershipsOfCouncil('E09000015', data.partnerships, null, data);
    const { rerender } = render(
      <I18nProvider lang="en">
        <CouncilPanel data={data} code="E09000015" partnerships={partnerships} county={null} districts={[]} boundaryYear={2018} onSelectCouncil={vi.fn()} onOpenPartnership={vi.fn()} onClose={vi.fn()} onPickArea={onPickArea} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'London' }));
    expect(onPickArea).toHaveBeenLastCalledWith('london');
    rerender(
      <I18nProvider lang="en">
        <CouncilPanel data={data} code="W06000015" partnerships={[]} county={null} districts={[]} boundaryYear={2018} onSelectCouncil={vi.fn()} onOpenPartnership={vi.fn()} onClose={vi.fn()} onPickArea={onPickArea} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Wales' }));
    expect(onPickArea).toHaveBeenLastCalledWith('wales');
  });

  it('names the region as plain text where nothing can be picked (no handler)', () => {
    setup('E09000015');
    expect(screen.queryByRole('button', { name: 'London' })).toBeNull();
  });

  it('says when an abolished council was replaced, and by whom', () => {
    setup('E07000201');
    expect(screen.getByText('Abolished in 2019; replaced by West Suffolk Council.')).toBeTruthy();
  });

  it('says what a new council took over from', () => {
    setup('E07000245');
    expect(screen.getByText('Created in 2019.')).toBeTruthy();
    expect(screen.getByText('Took over from Forest Heath District Council and St Edmundsbury Borough Council.')).toBeTruthy();
  });

  it('offers a district’s county, and a county’s districts, as the other council of the same place', () => {
    const district = setup('E07000200', { county: 'E10000029' });
    fireEvent.click(screen.getByRole('button', { name: 'Show Suffolk County Council' }));
    expect(district.onSelectCouncil).toHaveBeenCalledWith('E10000029');
    district.container.remove();
    const county = setup('E10000029', { districts: ['E07000200', 'E07000201'] });
    fireEvent.click(screen.getByRole('button', { name: 'Forest Heath District Council' }));
    expect(county.onSelectCouncil).toHaveBeenCalledWith('E07000201');
  });

  it('says so when none of its partnerships match the filters, and shows nothing for an unknown code', () => {
    setup('W06000014', { none: true });
    expect(screen.getByText('This council has no partnerships that match the filters.')).toBeTruthy();
    const unknown = setup('X1');
    expect(unknown.container.innerHTML).toBe('');
  });

  it('totals the council’s share of each partnership’s savings, not the whole, and says so', () => {
    // Suffolk ICT saves £200,000 to £999,999 a year among its four councils.
    render(
      <I18nProvider lang="en">
        <CouncilPanel data={data} code="E10000029" partnerships={partnershipsOfCouncil('E10000029', data.partnerships, 2015, data)} county={null} districts={[]} boundaryYear={2015} year={2015} onSelectCouncil={vi.fn()} onOpenPartnership={vi.fn()} onClose={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByText(/partnership shown/).parentElement!.textContent).toBe('1 partnership shown · £50k to £250k a year');
    expect(screen.getByText(/divided equally among its councils/)).toBeTruthy();
  });

  it('adds the council to the comparison or takes it out, and says when the comparison is full', () => {
    const onToggleCompare = vi.fn();
    const panel = (compare: string[]) => (
      <I18nProvider lang="en">
        <CouncilPanel data={data} code="E09000015" partnerships={[]} county={null} districts={[]} boundaryYear={2018} compare={compare} onToggleCompare={onToggleCompare} onSelectCouncil={vi.fn()} onOpenPartnership={vi.fn()} onClose={vi.fn()} />
      </I18nProvider>
    );
    const { rerender } = render(panel([]));
    fireEvent.click(screen.getByRole('button', { name: 'Add to comparison' }));
    expect(onToggleCompare).toHaveBeenCalledWith('E09000015');
    rerender(panel(['E09000015']));
    expect(screen.getByRole('button', { name: 'Remove from comparison' })).toBeTruthy();
    rerender(panel(['E09000003', 'E10000029', 'E07000200', 'W06000015']));
    expect((screen.getByRole('button', { name: 'Add to comparison' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('A comparison holds at most 4 councils.')).toBeTruthy();
  });

  it('shows what it is handed of the council against its region under its own figures', () => {
    render(
      <I18nProvider lang="en">
        <CouncilPanel data={data} code="E09000015" partnerships={[]} county={null} districts={[]} boundaryYear={2018} onSelectCouncil={vi.fn()} onOpenPartnership={vi.fn()} onClose={vi.fn()} againstRegion={<p>against the region</p>} />
      </I18nProvider>,
    );
    expect(screen.getByText('No partnerships shown').closest('p')!.nextElementSibling!.textContent).toBe('against the region');
  });
});

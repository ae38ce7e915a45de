import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import { areaName, CouncilAgainstRegion, RegionTotals } from '../../src/ui/RegionTotals';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');

describe('areaName', () => {
  it('names a region, or a nation that is its own region', () => {
    expect(areaName('South East', en)).toBe('South East');
    expect(areaName('Wales', en)).toBe('Wales');
  });
});

describe('RegionTotals', () => {
  it('starts closed, and opened shows the nations and the regions of England with partnerships, councils sharing and savings shares', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <RegionTotals data={data} shown={data.partnerships} year={2018} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('table')).toBeNull();
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const [nations, regions] = screen.getAllByRole('table');
    expect(within(nations!).getByRole('rowheader', { name: 'Wales' })).toBeTruthy();
    // Regions of England only: Wales is a nation, not listed again.
    expect(within(regions!).queryByRole('rowheader', { name: 'Wales' })).toBeNull();
    const london = within(regions!).getByRole('rowheader', { name: 'London' }).closest('tr')!;
    // Harrow and Barnet: HB Public Law and their HR; both councils share; HB Public Law's £63,333 is shared by 3 councils in 2018, 2 of them in London.
    expect([...london.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '2 of 2', en.moneyRange(42_222, 42_222)]);
    expect(screen.getByText(/divided equally among its councils/)).toBeTruthy();
  });
});

describe('RegionTotals with a way to pick an area', () => {
  it('makes each nation and region a button that picks it by its slug, and says so', () => {
    const onPickArea = vi.fn();
    const { container } = render(
      <I18nProvider lang="en">
        <RegionTotals data={data} shown={data.partnerships} year={2018} onPickArea={onPickArea} />
      </I18nProvider>,
    );
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getByText(/^Pick an area to show only its partnerships/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'East of England' }));
    expect(onPickArea).toHaveBeenLastCalledWith('east-of-england');
    fireEvent.click(screen.getByRole('button', { name: 'Wales' }));
    expect(onPickArea).toHaveBeenLastCalledWith('wales');
  });
});

describe('CouncilAgainstRegion', () => {
  it('sets a council against its region’s average and says its place', () => {
    render(
      <I18nProvider lang="en">
        <CouncilAgainstRegion data={data} shown={data.partnerships} year={2018} code="E07000200" />
      </I18nProvider>,
    );
    // East of England in 2018: Suffolk, Forest Heath, St Edmundsbury, Babergh; Babergh and Suffolk are in Suffolk ICT only, the two others in West Suffolk's too: Babergh shares third place.
    expect(screen.getByText(/^In 1 partnership; the average council in East of England is in 1\.5; 3 of 4 in its region\.$/)).toBeTruthy();
  });

  it('says nothing of a council not drawn in the year', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <CouncilAgainstRegion data={data} shown={data.partnerships} year={2018} code="E07000245" />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});

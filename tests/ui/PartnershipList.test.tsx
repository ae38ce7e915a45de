import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { PartnershipList } from '../../src/ui/PartnershipList';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

function setup(props: { council?: string; pageSize?: number; partnerships?: typeof data.partnerships } = {}) {
  const onOpen = vi.fn();
  render(
    <I18nProvider lang="en">
      <PartnershipList data={data} partnerships={props.partnerships ?? data.partnerships} council={props.council} pageSize={props.pageSize} onOpen={onOpen} />
    </I18nProvider>,
  );
  return { onOpen };
}

const names = () => [...document.querySelectorAll('.entry-name')].map((e) => e.textContent);

describe('PartnershipList', () => {
  it('lists the largest savings first, each entry a button that opens its partnership', () => {
    const { onOpen } = setup();
    expect(names()[0]).toBe('West Suffolk shared services');
    fireEvent.click(screen.getByRole('button', { name: /^HB Public Law/ }));
    expect(onOpen).toHaveBeenCalledWith('hb-public-law');
  });

  it('gives each entry its partners, services, years and savings, leaving out the focused council', () => {
    setup({ council: 'E09000015', partnerships: [data.partnershipById.get('harrow-barnet-hr')!] });
    expect(document.querySelector('.entry-partners')!.textContent).toBe('Barnet');
    expect(document.querySelector('.entry-meta')!.textContent).toBe('HR and payroll · Status not known · started 2015 · Not known');
  });

  it('shows a page at a time, with a button for the next', () => {
    setup({ pageSize: 2 });
    expect(names()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(names()).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more' }));
    expect(names()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });

  it('says so when nothing matches', () => {
    setup({ partnerships: [] });
    expect(screen.getByText('No partnerships match the filters.')).toBeTruthy();
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { DetailsState } from '../../src/ui/hooks/useDetails';
import { PartnershipPanel } from '../../src/ui/PartnershipPanel';
import { makeAppData, partnership } from '../helpers/appData';

const record = partnership({
  id: 'east-kent-hr',
  name: 'East Kent HR',
  councils: ['E09000015', 'E09000003'],
  lead: 'E09000015',
  services: ['hr-payroll', 'legal'],
  servicesAsWritten: 'HR, payroll and health and safety',
  startYear: 2009,
  endYear: 2016,
  status: 'ended',
  description: 'Two councils shared HR.',
  savings: { quote: 'savings of £2.3m over 5 years', source: 1, kind: 'period', low: 2_300_000, high: 2_300_000, years: 5, target: true },
  estimate: { low: 460_000, high: 460_000 },
  sources: [
    {
      title: 'First page',
      publisher: 'Council',
      date: '2009-04-21',
      url: 'https://example.org/one',
      checked: '2026-12-03',
      passages: [{ text: 'Harrow and Barnet agreed to share HR and legal services from 2009.', supports: ['councils', 'services', 'start'] }],
    },
    {
      title: 'Second page',
      publisher: 'Newspaper',
      date: '2010',
      url: 'https://example.org/two',
      checked: '2026-11-30',
      passages: [{ text: 'The business case found savings of £2.3m over 5 years.', supports: ['savings'] }],
    },
  ],
  membershipChanges: [{ council: 'E09000003', left: 2014, source: 0 }],
});

function setup(details: DetailsState = { status: 'ready', byId: { [record.id]: record }, rejected: [] }) {
  const onSelectCouncil = vi.fn();
  render(
    <I18nProvider lang="en">
      <PartnershipPanel data={makeAppData([record])} partnership={record} details={details} fromCouncil={null} onSelectCouncil={onSelectCouncil} onBack={() => {}} onClose={() => {}} />
    </I18nProvider>,
  );
  return { onSelectCouncil };
}

describe('PartnershipPanel', () => {
  it('gives the description, years and status', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'East Kent HR' })).toBeTruthy();
    expect(screen.getByText('Two councils shared HR.')).toBeTruthy();
    expect(screen.getByText('Ended')).toBeTruthy();
    expect(screen.getByText(/Started 2009, ended 2016/)).toBeTruthy();
  });

  it('says the year its latest dated source showed a running partnership running', () => {
    const running = { ...record, endYear: null, status: 'active' as const, statusAsOf: 2024 };
    render(
      <I18nProvider lang="en">
        <PartnershipPanel data={makeAppData([running])} partnership={running} details={{ status: 'loading' }} fromCouncil={null} onSelectCouncil={() => {}} onBack={() => {}} onClose={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByText('Active, as of 2024')).toBeTruthy();
    expect(screen.getByText('The latest dated source that shows it running is from 2024.')).toBeTruthy();
  });

  it('says no year for a status no dated source shows', () => {
    setup();
    expect(screen.queryByText(/as of/)).toBeNull();
    expect(screen.queryByText(/latest dated source/)).toBeNull();
  });

  it('lists every partner as a button, with the lead and who left', () => {
    const { onSelectCouncil } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'London Borough of Barnet' }));
    expect(onSelectCouncil).toHaveBeenCalledWith('E09000003');
    expect(screen.getByText('(lead)')).toBeTruthy();
    expect(screen.getByText('(left 2014)')).toBeTruthy();
  });

  it('shows the savings as quoted, with its source, and our yearly estimate with how it was made', async () => {
    setup();
    expect(await screen.findByText('“savings of £2.3m over 5 years”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Newspaper, 2010' }).getAttribute('href')).toBe('https://example.org/two');
    expect(screen.getByText('£460k a year')).toBeTruthy();
    expect(screen.getByText(/a total over 5 years, spread evenly/)).toBeTruthy();
    expect(screen.getByText(/target or projection/)).toBeTruthy();
  });

  it('shows what it can while the text loads: partners, services and the yearly estimate', () => {
    setup({ status: 'loading' });
    expect(screen.getByText('Loading the description and sources…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'London Borough of Barnet' })).toBeTruthy();
    expect(screen.getByText('£460k a year')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says so when the text could not be loaded', () => {
    setup({ status: 'error' });
    expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  });

  it('gives the service areas with the source’s wording, and every source as a link', async () => {
    setup();
    expect(await screen.findByRole('link', { name: 'First page' })).toBeTruthy();
    expect(screen.getByText('HR and payroll')).toBeTruthy();
    expect(screen.getByText('In the source’s words: “HR, payroll and health and safety”')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'First page' }).getAttribute('href')).toBe('https://example.org/one');
    expect(screen.getByText(/21 April 2009/)).toBeTruthy();
  });

  it('quotes each source’s passages, says what each backs and when it was checked', async () => {
    setup();
    expect(await screen.findByText('“Harrow and Barnet agreed to share HR and legal services from 2009.”')).toBeTruthy();
    expect(screen.getByText('Backs who the partners are, what is shared and the start year')).toBeTruthy();
    expect(screen.getByText('Backs the savings')).toBeTruthy();
    expect(screen.getByText(/checked 3 December 2026/)).toBeTruthy();
    expect(screen.getByText(/checked 30 November 2026/)).toBeTruthy();
  });

  it('says beside each claim which source backs it, or that none does', async () => {
    setup();
    const partners = await screen.findByText(/Partners as quoted in/);
    await screen.findByRole('link', { name: 'First page' });
    expect(partners.querySelector('a')!.getAttribute('href')).toBe('#source-1');
    expect(document.getElementById('source-1')!.textContent).toContain('First page');
    expect(screen.getByText(/Start year as quoted in/)).toBeTruthy();
    // The end year, the status and the lead are claims no passage backs here.
    expect(screen.getByText('No source passage gives the end year.')).toBeTruthy();
    expect(screen.getByText('No source passage says whether it is running.')).toBeTruthy();
    expect(screen.getByText('No source passage names the lead council.')).toBeTruthy();
  });
});

import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { ClaimBacking, SavingsDetails, SourcesAndNotes } from '../../src/ui/PartnershipText';
import { partnership } from '../helpers/appData';

const record = partnership({
  id: 'shared-hr',
  councils: ['E09000015', 'E09000003'],
  lead: 'E09000015',
  startYear: 2009,
  savings: { quote: 'saving £200,000 a year', source: 1, kind: 'annual', low: 200_000, high: 200_000, scope: 'each-partner' },
  estimate: { low: 400_000, high: 400_000 },
  notes: 'Renewed in 2019.',
  sources: [
    { title: 'Report', publisher: 'Council', url: 'https://example.org/report', checked: '2026-11-30', passages: [{ text: 'The service started in 2009.', supports: ['start'] }] },
    { title: 'News', publisher: 'Gazette', date: '2010-05', url: 'javascript:alert(1)', passages: [{ text: 'saving £200,000 a year', supports: ['savings'] }] },
  ],
});

const inEnglish = (ui: ReactNode) => render(<I18nProvider lang="en">{ui}</I18nProvider>);

describe('ClaimBacking', () => {
  it('links a claim to the sources whose passages back it', () => {
    inEnglish(<ClaimBacking partnership={record} text={record} claim="start" />);
    expect(screen.getByText(/^Start year as quoted in/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'source 1' }).getAttribute('href')).toBe('#source-1');
  });

  it('says when no passage backs a claim the record makes', () => {
    inEnglish(<ClaimBacking partnership={record} text={record} claim="lead" />);
    expect(screen.getByText('No source passage names the lead council.')).toBeTruthy();
  });
});

describe('SavingsDetails', () => {
  it('quotes the savings with their source, and gives the yearly estimate with what qualifies it', () => {
    inEnglish(<SavingsDetails partnership={record} text={record} />);
    expect(screen.getByText('“saving £200,000 a year”')).toBeTruthy();
    expect(screen.getByText(/Gazette, May 2010/)).toBeTruthy();
    expect(screen.getByText('The figure is for each partner, so it is multiplied by 2.')).toBeTruthy();
  });

  it('says when no source gives a figure', () => {
    inEnglish(<SavingsDetails partnership={{ ...record, estimate: null }} text={{ ...record, savings: null }} />);
    expect(screen.getByText('No source gives a savings figure.')).toBeTruthy();
  });
});

describe('SourcesAndNotes', () => {
  it('lists each source with the day it was checked and the passages it backs, then the notes', () => {
    inEnglish(<SourcesAndNotes text={record} />);
    const first = document.getElementById('source-1')!;
    expect(first.querySelector('a')!.getAttribute('href')).toBe('https://example.org/report');
    expect(first.textContent).toContain('checked 30 November 2026');
    expect(first.textContent).toContain('“The service started in 2009.”');
    expect(first.textContent).toContain('Backs the start year');
    expect(screen.getByText('Renewed in 2019.')).toBeTruthy();
  });

  it('does not make a link of an address that is not http(s), but shows it as text', () => {
    inEnglish(<SourcesAndNotes text={record} />);
    const second = document.getElementById('source-2')!;
    expect(second.querySelector('a')).toBeNull();
    expect(second.textContent).toContain('address not linked: javascript:alert(1)');
  });
});

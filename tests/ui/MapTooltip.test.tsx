import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import type { TooltipFacts } from '../../src/model/tooltipFacts';
import { MapTooltip } from '../../src/ui/MapTooltip';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');

function lines(facts: TooltipFacts): string[] {
  const { container } = render(
    <I18nProvider lang="en">
      <MapTooltip facts={facts} data={data} />
    </I18nProvider>,
  );
  return [...container.children].map((e) => e.textContent ?? '');
}

describe('MapTooltip', () => {
  it('words a group: how many, which services, their savings, and how to see them', () => {
    expect(lines({ kind: 'group', count: 4, services: ['ict'], savings: { low: 1_000_000, high: 2_000_000 } })).toEqual([
      '4 partnerships between these places',
      en.t('service.ict'),
      `${en.moneyRange(1_000_000, 2_000_000)} a year`,
      'Select to zoom in and see them one by one',
    ]);
    expect(lines({ kind: 'group', count: 1, services: ['ict'], savings: null })).toHaveLength(3);
  });

  it('words a link: its name, councils by short name, services and estimate', () => {
    expect(lines({ kind: 'link', name: 'HB Public Law', councils: ['E09000015', 'E09000003'], services: ['legal'], estimate: null })).toEqual([
      'HB Public Law',
      'Harrow and Barnet',
      en.t('service.legal'),
      'Not known',
    ]);
  });

  it('words a council: its name, county, count, services and savings, leaving out what it has not', () => {
    expect(lines({ kind: 'council', code: 'E07000200', county: 'E10000029', partnerships: 1, services: ['ict'], savings: { low: 5, high: 5 } })).toEqual([
      'Babergh District Council',
      'In Suffolk County Council',
      '1 partnership',
      en.t('service.ict'),
      `${en.money(5)} a year`,
    ]);
    expect(lines({ kind: 'council', code: 'E09000015', county: null, partnerships: 0, services: [], savings: null })).toEqual(['London Borough of Harrow', 'No partnerships shown']);
  });
});

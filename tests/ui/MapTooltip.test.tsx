import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { createTranslator } from '../../src/i18n/translator';
import type { TooltipFacts } from '../../src/model/tooltipFacts';
import { MapTooltip, TargetTooltip, TOOLTIP_MAX_COUNCILS, TOOLTIP_MAX_PARTNERSHIPS } from '../../src/ui/MapTooltip';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');

function lines(facts: TooltipFacts): string[] {
  const { container } = render(
    <I18nProvider lang="en">
      <MapTooltip facts={facts} data={data} />
    </I18nProvider>,
  );
  return [...container.firstElementChild!.children].map((e) => e.textContent ?? '');
}

describe('MapTooltip', () => {
  it('words a cluster: how many, each partnership with its services, and how to see them apart', () => {
    const partnerships = [
      { name: 'Anglia Audit', services: ['ict'] },
      { name: 'Suffolk ICT', services: ['ict', 'hr-payroll'] },
    ];
    expect(lines({ kind: 'cluster', partnerships })).toEqual([
      '2 partnerships of five or more councils',
      'Anglia Audit: ICT and digital',
      'Suffolk ICT: ICT and digital; HR and payroll',
      'Select to zoom in and see them apart',
    ]);
  });

  it('names at most eight of a cluster’s partnerships and counts the rest', () => {
    const partnerships = Array.from({ length: 20 }, (_, i) => ({ name: `P${String(i).padStart(2, '0')}`, services: ['ict'] }));
    const words = lines({ kind: 'cluster', partnerships });
    expect(TOOLTIP_MAX_PARTNERSHIPS).toBe(8);
    expect(words[0]).toBe('20 partnerships of five or more councils');
    expect(words.slice(1, -2).map((w) => w.split(':')[0])).toEqual(['P00', 'P01', 'P02', 'P03', 'P04', 'P05', 'P06']);
    expect(words.at(-2)).toBe('13 more partnerships');
  });

  it('works out the facts of what is under the pointer itself (TargetTooltip, loaded at the first hover)', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <TargetTooltip target={{ kind: 'council', code: 'E07000200' }} data={data} shown={data.partnerships} year={null} />
      </I18nProvider>,
    );
    expect(container.querySelector('strong')!.textContent).toBe('Babergh District Council');
  });

  it('words a group: how many, which services, their savings, and how to see them', () => {
    expect(lines({ kind: 'group', count: 4, services: ['ict'], savings: { low: 1_000_000, high: 2_000_000 } })).toEqual([
      '4 partnerships between these places',
      en.t('service.ict'),
      `${en.moneyRange(1_000_000, 2_000_000)} a year`,
      'Select to zoom in and see them one by one',
    ]);
    expect(lines({ kind: 'group', count: 1, services: ['ict'], savings: null })).toHaveLength(3);
  });

  it('words a link: its name, councils by short name, services, status and years apart, and estimate', () => {
    const years = { status: 'active', statusAsOf: 2024, startYear: 2012, endYear: null } as const;
    expect(lines({ kind: 'link', name: 'HB Public Law', councils: ['E09000015', 'E09000003'], services: ['legal', 'ict'], estimate: null, years })).toEqual([
      'HB Public Law',
      'Harrow and Barnet',
      'Legal and democratic services; ICT and digital',
      'Active, as of 2024 · since 2012',
      'Not known',
    ]);
    const [, , , ended] = lines({ kind: 'link', name: 'X', councils: ['E09000015'], services: ['legal'], estimate: null, years: { status: 'ended', startYear: null, endYear: 2019 } });
    expect(ended).toBe('Ended · until 2019');
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

describe('MapTooltip for a large partnership', () => {
  it('names a few councils and counts the rest, so the tooltip stays short', () => {
    const many = Array.from({ length: 32 }, (_, i) => (i % 2 ? 'E09000015' : 'E09000003'));
    const years = { status: 'unknown', startYear: null, endYear: null } as const;
    const [, councils] = lines({ kind: 'link', name: 'Scotland Excel', councils: many, services: ['legal'], estimate: null, years });
    expect(councils).toMatch(/and 25 more councils$/);
    expect(councils!.split(', ')).toHaveLength(TOOLTIP_MAX_COUNCILS - 1);
  });
});

describe('MapTooltip placement', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The tooltip inside a box and frame like the map's, with their sizes given (jsdom lays nothing out). */
  function placed(touch: boolean) {
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ matches: touch && query.includes('coarse'), media: query }) as MediaQueryList);
    const frame = document.createElement('div');
    document.body.append(frame);
    const box = { offsetLeft: 600, offsetTop: 650, offsetWidth: 200, offsetHeight: 150 };
    const frameSize = { clientWidth: 800, clientHeight: 700 };
    for (const prop of ['offsetLeft', 'offsetTop', 'offsetWidth', 'offsetHeight'] as const) {
      vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
        return this.classList.contains('map-tooltip') ? box[prop] : 0;
      });
    }
    for (const prop of ['clientWidth', 'clientHeight'] as const) {
      vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
        if (this === document.documentElement) return prop === 'clientWidth' ? 1280 : 800;
        return this === frame ? frameSize[prop] : 0;
      });
    }
    vi.spyOn(HTMLElement.prototype, 'offsetParent', 'get').mockReturnValue(frame);
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0 } as DOMRect);
    const { container } = render(
      <I18nProvider lang="en">
        <div className="map-tooltip">
          <MapTooltip facts={{ kind: 'council', code: 'E09000015', county: null, partnerships: 2, services: ['ict'], savings: null }} data={data} />
        </div>
      </I18nProvider>,
      { container: frame },
    );
    return container.querySelector<HTMLElement>('.map-tooltip')!;
  }

  it('moves a tooltip near the map’s bottom right corner above and left of the pointer', () => {
    const box = placed(false);
    // From the pointer at (600, 650): 200 wide, 150 tall, 12 px away.
    expect(box.style.transform).toBe('translate(-212px, -162px)');
    expect(box.classList.contains('sheet')).toBe(false);
    expect(box.textContent).not.toContain('Details below the map');
  });

  it('on a touch screen lies as a sheet along the map’s foot and says the details are below', () => {
    const box = placed(true);
    expect(box.classList.contains('sheet')).toBe(true);
    expect(box.style.width).toBe(`${800 - 16}px`);
    expect(box.textContent).toContain('Details below the map');
  });
});

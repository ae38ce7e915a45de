import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cy } from '../../../src/i18n/cy';
import { createTranslator } from '../../../src/i18n/translator';
import { councilDetail, partnershipDetail, useSearch } from '../../../src/ui/hooks/useSearch';
import { makeAppData } from '../../helpers/appData';

const data = makeAppData();
const en = createTranslator('en');

describe('the search’s detail lines', () => {
  it('give a council its type, and the year it ended if it has', () => {
    expect(councilDetail('E09000015', data, en)).toBe(en.t('council.type.london-borough'));
    expect(councilDetail('E07000201', data, en)).toBe(`${en.t('council.type.district')}, until 2018`);
  });

  it('give a partnership its first three councils by short name', () => {
    expect(partnershipDetail('suffolk-ict', data, en)).toBe('Suffolk, Forest Heath and St Edmundsbury');
  });
});

describe('useSearch', () => {
  it('has no index until first used, then one in the language shown', async () => {
    const { result, rerender } = renderHook(({ tr }) => useSearch(data, tr), { initialProps: { tr: en } });
    expect(result.current.index).toBeNull();
    act(() => result.current.onFirstUse());
    await waitFor(() => expect(result.current.index).not.toBeNull());
    expect(result.current.index!.search('harrow')[0]).toMatchObject({ kind: 'council', code: 'E09000015', label: 'London Borough of Harrow' });
    rerender({ tr: createTranslator('cy', cy) });
    await waitFor(() => expect(result.current.index!.search('cardiff')[0]?.label).toBe('Caerdydd (City of Cardiff Council)'));
  });

  it('keeps its first-use handler the same from render to render', () => {
    const { result, rerender } = renderHook(() => useSearch(data, en));
    const first = result.current.onFirstUse;
    rerender();
    expect(result.current.onFirstUse).toBe(first);
  });
});

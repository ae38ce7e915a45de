import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CouncilPanel } from '../../../src/ui/CouncilPanel';
import { loadSelectionPanels, loadSelectionPanelsForAddress, useSelectionPanels } from '../../../src/ui/hooks/useSelectionPanels';
import { PartnershipPanel } from '../../../src/ui/PartnershipPanel';

describe('useSelectionPanels', () => {
  it('loads nothing until something is selected, then the council and partnership panels; once loaded, a new user has them at its first render', async () => {
    const { result, rerender } = renderHook(({ selection }) => useSelectionPanels(selection), { initialProps: { selection: null as string | null } });
    expect(result.current).toBeNull();
    rerender({ selection: 'E09000015' });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current).toEqual({ CouncilPanel, PartnershipPanel });
    const later = renderHook(() => useSelectionPanels(null));
    expect(later.result.current).toEqual({ CouncilPanel, PartnershipPanel });
    expect(loadSelectionPanels()).toBe(loadSelectionPanels());
  });

  it('asks for the panels at once only for an address that opens a council or a partnership', () => {
    expect(loadSelectionPanelsForAddress('')).toBe(false);
    expect(loadSelectionPanelsForAddress('?area=wales&lang=cy')).toBe(false);
    expect(loadSelectionPanelsForAddress('?council=')).toBe(false);
    expect(loadSelectionPanelsForAddress('?embed=1&council=E07000223')).toBe(true);
    expect(loadSelectionPanelsForAddress('?partnership=orbis')).toBe(true);
  });
});

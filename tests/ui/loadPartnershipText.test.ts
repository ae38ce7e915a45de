import { describe, expect, it } from 'vitest';
import { loadPartnershipText } from '../../src/ui/loadPartnershipText';
import * as PartnershipText from '../../src/ui/PartnershipText';

describe('loadPartnershipText', () => {
  it('loads the module of the panel’s text parts, the same one each time', async () => {
    const loaded = await loadPartnershipText();
    expect(loaded.ClaimBacking).toBe(PartnershipText.ClaimBacking);
    expect(loaded.SavingsDetails).toBe(PartnershipText.SavingsDetails);
    expect(loaded.SourcesAndNotes).toBe(PartnershipText.SourcesAndNotes);
    expect(await loadPartnershipText()).toBe(loaded);
  });
});

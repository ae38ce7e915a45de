import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImportContext } from '../../../scripts/lib/cliContext';

// The import's view of the project: read from the real checkout (its data
// and the shared sources beside it, as the commands find them).
const root = resolve(__dirname, '..', '..', '..');

describe('loadImportContext', () => {
  it('gives the council register, the taxonomy and the ids of the committed records', async () => {
    const context = await loadImportContext(root);
    expect(context.councils.byGssCode('E07000223')?.shortName).toBe('Adur');
    expect(context.services.map((s) => s.id)).toContain('revenues-benefits');
    expect(context.existingIds?.has('audit-cotswolds')).toBe(true);
    expect(context.existingIds?.has('audit-cotswolds.json')).toBe(false);
    expect(context.currentYear).toBe(new Date().getFullYear());
  });
});

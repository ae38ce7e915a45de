import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, closeBrowser, openApp } from './harness';

afterAll(closeBrowser);

describe('"Embed this map"', () => {
  it('writes the iframe code for the current view, previews it and copies it', async () => {
    const { page, errors, foreignRequests } = await openApp('?council=E10000014&services=ict');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
    await page.getByRole('button', { name: 'Embed this map' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map on your website' });
    await dialog.waitFor();
    const code = await dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue();
    expect(code).toContain(`<iframe src="${appUrl()}/?council=E10000014&amp;services=ict&amp;embed=1&amp;height=600"`);
    expect(code).toContain('title="Shared Services Map: Hampshire County Council"');
    expect(code).toContain(`<script src="${appUrl()}/embed.js" async></script>`);

    await dialog.getByRole('checkbox', { name: 'Show the list of partnerships' }).check();
    await dialog.getByRole('textbox', { name: /brand colour/ }).fill('#8a1538');
    const updated = await dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue();
    expect(updated).toContain('list=1');
    expect(updated).toContain('accent=8a1538');
    const preview = dialog.locator('iframe.embed-preview');
    expect(await preview.getAttribute('title')).toBe('Shared Services Map: Hampshire County Council');
    const frame = page.frameLocator('iframe.embed-preview');
    await frame.getByRole('link', { name: /Open the full map/ }).waitFor();

    await dialog.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(updated);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

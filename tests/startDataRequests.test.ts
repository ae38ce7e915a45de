// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ afterFirstPaint: [] as (() => void)[], requested: [] as string[] }));

vi.mock('../src/data/firstViewRequests', () => ({
  afterFirstPaint: (run: () => void) => void calls.afterFirstPaint.push(run),
  requestFirstViewData: (root: string) => void calls.requested.push(root),
}));

describe('index.html’s first script', () => {
  it('asks for the first view’s data from the app’s root, once the shell has painted', async () => {
    document.head.innerHTML = '<script type="module" src="https://council.example/maps/ssm/assets/startDataRequests-x.js"></script>';
    await import('../src/startDataRequests');
    expect(calls.afterFirstPaint).toHaveLength(1);
    expect(calls.requested).toEqual([]);
    calls.afterFirstPaint[0]!();
    expect(calls.requested).toEqual(['https://council.example/maps/ssm/']);
  });
});

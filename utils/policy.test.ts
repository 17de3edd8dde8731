import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readManagedConfig, watchManagedConfig } from './policy';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readManagedConfig', () => {
  it('reads Chromium\u2019s empty managed storage as consumer mode', async () => {
    expect((await readManagedConfig()).managed).toBe(false);
  });

  it('reads Firefox\u2019s "Managed storage manifest not found" as consumer mode, not an error', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedConfig()).toEqual({ managed: false, policy: {}, problems: [] });
  });

  it('keeps IT\u2019s locks when a key name is inherited from Object (Firefox passes any key through)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(JSON.parse('{"constructor":1,"__proto__":2,"LockTargets":true}'));
    const config = await readManagedConfig();
    expect(config.managed).toBe(true);
    expect(config.policy).toEqual({ LockTargets: true });
    expect(config.problems.map((p) => p.key).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('validates what it reads and reports changes at run time', async () => {
    const seen: string[] = [];
    const unwatch = watchManagedConfig((c) => seen.push(c.policy.OrganizationName ?? ''));
    await fakeBrowser.storage.managed.set({ OrganizationName: 'Example University', ScanIntervalHours: 'soon' });
    await expect.poll(() => seen).toEqual(['Example University']);
    const config = await readManagedConfig();
    expect(config.problems.map((p) => p.key)).toEqual(['ScanIntervalHours']);
    unwatch();
  });
});

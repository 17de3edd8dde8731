import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Request, Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { removeTestPolicies, writePolicy } from './policy-files';
import { buildWithKey, type KeyedBuild } from './test-build';

/** Chromium's policy for one extension, keyed by its id. */
export function extensionPolicy(extensionId: string, values: Record<string, unknown>) {
  return { '3rdparty': { extensions: { [extensionId]: values } } };
}

export interface ManagedLaunch {
  build: KeyedBuild;
  context: BrowserContext;
  serviceWorker: Worker;
  /** Writes a new policy for this build under the same file name, as IT changing it at run time would. */
  setPolicy: (values: Record<string, unknown>) => void;
  /** Closes the browser and opens it again on the same profile: context and serviceWorker are the new ones after. */
  restart: () => Promise<void>;
  /** Closes the browser, removes the policy files and the build; safe to call after a failure. */
  close: () => Promise<void>;
}

/**
 * A keyed build (its id known in advance) launched in Chromium under a machine policy written to
 * /etc/chromium/policies/managed. Needs root; the specs that use it skip without.
 */
export async function launchUnderPolicy(
  name: string,
  values: (extensionId: string) => Record<string, unknown>,
  record: Request[],
): Promise<ManagedLaunch> {
  const work = mkdtempSync(path.join(tmpdir(), `cra-${name}-`));
  const close = async (context?: BrowserContext) => {
    await context?.close();
    removeTestPolicies();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const build = buildWithKey(path.join(work, 'out'), path.join(work, 'key.pem'));
    const setPolicy = (next: Record<string, unknown>) => void writePolicy(name, extensionPolicy(build.extensionId, next));
    setPolicy(values(build.extensionId));
    // A profile folder of its own, so a restart keeps the extension's storage and alarms.
    const userDataDir = path.join(work, 'profile');
    const launch = () => launchWithExtension({ extensionDir: build.dir, record, userDataDir });
    const { context, serviceWorker } = await launch();
    const launched: ManagedLaunch = {
      build,
      context,
      serviceWorker,
      setPolicy,
      restart: async () => {
        await launched.context.close();
        const next = await launch();
        launched.context = next.context;
        launched.serviceWorker = next.serviceWorker;
      },
      close: () => close(launched.context),
    };
    return launched;
  } catch (e) {
    await close();
    throw e;
  }
}

import { effectiveSettings, type EffectiveSettings } from '../core/policy/apply';
import type { ManagedConfig } from '../core/policy/validate';
import { readManagedConfig } from './policy';
import { loadSettings } from './storage';

export interface LoadedSettings {
  effective: EffectiveSettings;
  /** Stored user settings that could not be used. */
  problems: string[];
  config: ManagedConfig;
}

/** The settings in force: the user's, with IT's managed values winning. */
export async function loadEffectiveSettings(): Promise<LoadedSettings> {
  const [{ settings, problems }, config] = await Promise.all([loadSettings(), readManagedConfig()]);
  return { effective: effectiveSettings(settings, config.policy), problems, config };
}

import type { GuardrailConfig } from './engine';
import { PlatformSettings } from '../settings-model';

/**
 * What the guardrails take from the platform's settings: the production-profile environments, the required tag
 * keys (`Environment` and every tag of the settings) and the allowed tag values (the environments' names included).
 */
export function guardrailConfigOf(settings: PlatformSettings): Pick<GuardrailConfig, 'productionEnvironments' | 'requiredTagKeys' | 'allowedTagValues'> {
  return {
    productionEnvironments: settings.environments.filter((e) => e.profile === 'production').map((e) => e.name),
    requiredTagKeys: ['Environment', ...Object.keys(settings.tags)],
    allowedTagValues: { ...settings.allowedTagValues, Environment: settings.environments.map((e) => e.name) },
  };
}

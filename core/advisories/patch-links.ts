import type { StepLink } from './types';
import { t } from '../text/i18n';

/** Microsoft's patch bulletins, linked from the checklist and the FAQ (codered-facts.md §1, checked 2026-11-26). */
export const MS01_033_URL = 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033';
export const MS01_044_URL = 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-044';

export const ms01033Link = (): StepLink => ({ label: t('link_ms01033_patch'), url: MS01_033_URL, status: 'live' });
export const ms01044Link = (): StepLink => ({ label: t('link_ms01044_patch'), url: MS01_044_URL, status: 'live' });

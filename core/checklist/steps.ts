import { t } from '../text/i18n';
import { helpDeskContact, reportRecipient, type OrganizationProfile } from '../policy/organization';
import { ms01033Link, ms01044Link } from '../advisories/patch-links';
import type { StepLink } from '../advisories/types';
import type { ChecklistStep, StepId } from './types';
import { STEP_VERIFICATION } from './verify';

/**
 * The checklist's content, from the seed (BU's FAQ) and codered-facts.md §4,
 * in the browser's language. Organization details come from the profile so
 * IT can replace them.
 */
const cleaner = (): StepLink => ({
  label: t('link_cleaner'),
  url: 'http://www.microsoft.com/technet/itsolutions/security/tools/redfix.asp',
  status: 'historic',
});
const rootCompromise = (): StepLink => ({
  label: t('link_root_compromise'),
  url: 'http://www.cert.org/tech_tips/root_compromise.html',
  status: 'historic',
});
const symantec = (): StepLink => ({
  label: t('link_symantec'),
  url: 'http://www.symantec.com/avcenter/venc/data/codered.removal.tool.html',
  status: 'historic',
});
const mcafee = (): StepLink => ({ label: t('link_mcafee'), url: 'http://vil.nai.com/vil/', status: 'historic' });
const notifications = (): StepLink => ({
  label: t('link_notifications'),
  url: 'https://learn.microsoft.com/en-us/security-updates/SecurityBulletins/securitybulletins',
  status: 'live',
});

export function stepContent(id: StepId, org: OrganizationProfile): ChecklistStep {
  switch (id) {
    case 'disconnect':
      return { id, title: t('step_disconnect_title'), body: [t('step_disconnect_1'), t('step_disconnect_2')] };
    case 'turn-off-iis':
      return {
        id,
        title: t('step_turn_off_title'),
        body: [t('step_turn_off_1'), t('step_turn_off_2')],
        commands: ['net stop w3svc', 'net stop iisadmin /y'],
        guides: [
          { title: t('step_turn_off_guide_w2k'), steps: [t('step_turn_off_cmd'), t('step_turn_off_w2k_2'), t('step_turn_off_w2k_3')] },
          { title: t('step_turn_off_guide_nt4'), steps: [t('step_turn_off_cmd'), t('step_turn_off_nt4_2'), t('step_turn_off_nt4_3')] },
        ],
        verify: STEP_VERIFICATION['turn-off-iis'],
      };
    case 'patch':
      return {
        id,
        title: t('step_patch_title'),
        body: [t('step_patch_1'), t('step_patch_2')],
        links: org.patchPortalUrl
          ? [{ label: t('link_patch_portal', org.name), url: org.patchPortalUrl, status: 'live' }]
          : [ms01033Link(), ms01044Link()],
        attest: 'patched',
      };
    case 'remove-mappings':
      return {
        id,
        title: t('step_unmap_title'),
        body: [t('step_unmap_1'), t('step_unmap_2'), t('step_unmap_3')],
        verify: STEP_VERIFICATION['remove-mappings'],
        optional: true,
      };
    case 'subscribe':
      return { id, title: t('step_subscribe_title'), body: [t('step_subscribe_1')], links: [notifications()] };
    case 'run-cleaner':
      return {
        id,
        title: t('step_cleaner_title'),
        body: [t('step_cleaner_1'), t('step_cleaner_2', helpDeskContact(org))],
        links: [cleaner(), symantec()],
      };
    case 'check-leftovers':
      return {
        id,
        title: t('step_leftovers_title'),
        body: [t('step_leftovers_1'), t('step_leftovers_2', org.securityTeam.name)],
        guides: [
          {
            title: t('step_leftovers_guide'),
            steps: [t('step_leftovers_scripts'), t('step_leftovers_msadc'), t('step_leftovers_explorer')],
          },
        ],
        links: [rootCompromise()],
      };
    case 'update-antivirus':
      return {
        id,
        title: t('step_antivirus_title'),
        body: [
          t('step_antivirus_1'),
          ...(org.antivirus
            ? [`${t('step_antivirus_offer', org.name, org.antivirus.name)}${org.antivirus.note ? ` ${org.antivirus.note}` : ''}`]
            : []),
        ],
        links: [
          ...(org.antivirus?.url ? [{ label: org.antivirus.name, url: org.antivirus.url, status: 'live' as const }] : []),
          symantec(),
          mcafee(),
        ],
      };
    case 'report': {
      const to = reportRecipient(org);
      return {
        id,
        title: t('step_report_title', org.securityTeam.name),
        body: [
          `${t('step_report_1', org.securityTeam.name)} ${to ? t('step_report_to', to) : t('step_report_no_address')}`,
          ...(org.securityTeam.email || !to ? [] : [t('step_report_via_help_desk', org.securityTeam.name, helpDeskContact(org))]),
        ],
        ...(org.helpDesk.url ? { links: [{ label: t('link_help', org.name), url: org.helpDesk.url, status: 'live' as const }] } : {}),
      };
    }
  }
}

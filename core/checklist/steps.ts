import { ADVISORY_LINKS } from '../next-steps';
import { helpDeskContact, reportRecipient, type OrganizationProfile } from '../organization';
import type { ChecklistStep, StepId, StepLink } from './types';

/**
 * The checklist's content, from the seed (BU's FAQ) and codered-facts.md §4.
 * Organization details come from the profile so IT can replace them.
 */
const MS01_033: StepLink = { label: 'Microsoft MS01-033 (the patch)', url: ADVISORY_LINKS.ms01033.url, status: 'live' };
const MS01_044: StepLink = {
  label: 'Microsoft MS01-044 (cumulative IIS patch, includes MS01-033)',
  url: ADVISORY_LINKS.ms01044.url,
  status: 'live',
};
const CLEANER: StepLink = {
  label: 'Microsoft\u2019s Code Red cleaner (2001 download page)',
  url: 'http://www.microsoft.com/technet/itsolutions/security/tools/redfix.asp',
  status: 'historic',
};
const ROOT_COMPROMISE: StepLink = {
  label: 'CERT: steps for recovering from a root compromise',
  url: 'http://www.cert.org/tech_tips/root_compromise.html',
  status: 'historic',
};
const SYMANTEC: StepLink = {
  label: 'Symantec\u2019s Code Red removal tool (FixCRed.exe)',
  url: 'http://www.symantec.com/avcenter/venc/data/codered.removal.tool.html',
  status: 'historic',
};
const MCAFEE: StepLink = { label: 'McAfee (NAI) virus library', url: 'http://vil.nai.com/vil/', status: 'historic' };
const NOTIFICATIONS: StepLink = {
  label: 'Microsoft security updates and Technical Security Notifications',
  url: 'https://learn.microsoft.com/en-us/security-updates/SecurityBulletins/securitybulletins',
  status: 'live',
};

export function stepContent(id: StepId, org: OrganizationProfile): ChecklistStep {
  switch (id) {
    case 'disconnect':
      return {
        id,
        title: 'Take this computer off the network',
        body: [
          'Unplug the network cable or turn off Wi-Fi until the computer is patched and cleaned. That stops the worm spreading from here to other computers.',
          'Download what the next steps need first, on another computer if you have to.',
        ],
      };
    case 'turn-off-iis':
      return {
        id,
        title: 'Turn IIS off',
        body: [
          'If you do not need a web server on this computer, turn it off now. Two Windows services make up IIS: the World Wide Web Publishing Service (W3SVC) and the IIS Admin Service (IISADMIN), on which it depends.',
          'Stop them, then set them so they do not start again:',
        ],
        commands: ['net stop w3svc', 'net stop iisadmin /y'],
        guides: [
          {
            title: 'Windows 2000 (IIS 5.0)',
            steps: [
              'Open a Command Prompt as an administrator and type the two commands above.',
              'Open Control Panel, Administrative Tools, Services.',
              'Double-click World Wide Web Publishing Service and set Startup type to Disabled. Do the same for IIS Admin Service.',
            ],
          },
          {
            title: 'Windows NT 4.0 (IIS 4.0)',
            steps: [
              'Open a Command Prompt as an administrator and type the two commands above.',
              'Open Control Panel, Services.',
              'Select World Wide Web Publishing Service, choose Startup and set it to Disabled. Do the same for IIS Admin Service.',
            ],
          },
        ],
        verify: 'iis-off',
      };
    case 'patch':
      return {
        id,
        title: 'Install the Microsoft patch',
        body: [
          'Install the patch from Microsoft bulletin MS01-033, or the cumulative IIS patch MS01-044, which includes it. Windows 2000 Service Pack 3 and later already include the fix; on Windows NT 4.0 the post-SP6a Security Rollup does.',
          'Nobody can see from outside whether a patch is installed, so this step is done when you say so. If the server\u2019s answers change later, we will ask again.',
        ],
        links: org.patchPortalUrl
          ? [{ label: `${org.name}: patch portal`, url: org.patchPortalUrl, status: 'live' }]
          : [MS01_033, MS01_044],
        attest: 'patched',
      };
    case 'remove-mappings':
      return {
        id,
        title: 'Switch off the .ida and .idq mappings (extra protection)',
        body: [
          'Code Red reaches IIS through the .ida script mapping. Removing the .ida and .idq mappings protects the server even before it is patched.',
          'In Internet Services Manager, open the server\u2019s Properties, then Master Properties, WWW Service, Edit, Home Directory, Configuration, and remove the .ida and .idq entries.',
          'Adding or removing Windows components can bring the mappings back, so keep the patch too. This step is confirmed by checking the server again.',
        ],
        verify: 'mapping-absent',
        optional: true,
      };
    case 'subscribe':
      return {
        id,
        title: 'Keep up with future IIS patches',
        body: [
          'If you keep running IIS, apply all current patches and stay alert for future advisories on IIS. Subscribe to Microsoft\u2019s security notifications so you hear about them.',
        ],
        links: [NOTIFICATIONS],
      };
    case 'run-cleaner':
      return {
        id,
        title: 'Run the Code Red cleaner twice, then restart',
        body: [
          'Microsoft\u2019s CodeRedCleaner utility removes the Trojans Code Red II may have installed. Run it twice in a row, then restart the computer. Restarting also clears Code Red from memory.',
          'The 2001 download page is no longer online; ask ' +
            helpDeskContact(org) +
            ' for a copy, or use your anti-virus vendor\u2019s removal tool.',
        ],
        links: [CLEANER, SYMANTEC],
      };
    case 'check-leftovers':
      return {
        id,
        title: 'Look for Code Red II\u2019s back door',
        body: [
          'On this computer, look for these files. They are not checked over the network, because asking for them could run them.',
          'If you find any of them, someone may have used the back door. The computer can no longer be trusted: the advice (CERT) is to reinstall the system, and to tell ' +
            org.securityTeam.name +
            '.',
        ],
        guides: [
          {
            title: 'Files to look for, on drives C: and D:',
            steps: [
              'root.exe in \\inetpub\\scripts\\',
              'root.exe in \\Program Files\\Common Files\\System\\MSADC\\',
              'explorer.exe at the top of the drive (C:\\explorer.exe, D:\\explorer.exe)',
            ],
          },
        ],
        links: [ROOT_COMPROMISE],
      };
    case 'update-antivirus':
      return {
        id,
        title: 'Update your anti-virus and scan',
        body: [
          'Get the latest virus definitions through your anti-virus program\u2019s regular update, then scan the whole computer.',
          ...(org.antivirus ? [`${org.name} offers ${org.antivirus.name}.${org.antivirus.note ? ` ${org.antivirus.note}` : ''}`] : []),
        ],
        links: [
          ...(org.antivirus?.url ? [{ label: org.antivirus.name, url: org.antivirus.url, status: 'live' as const }] : []),
          SYMANTEC,
          MCAFEE,
        ],
      };
    case 'report': {
      const to = reportRecipient(org);
      return {
        id,
        title: `Tell ${org.securityTeam.name} what you did`,
        body: [
          `Send ${org.securityTeam.name} a report of what was found and the steps you took.` +
            (to ? ` It goes to ${to}.` : ' Copy it or save it, and send it the way your organization asks.'),
          ...(org.securityTeam.email || !to
            ? []
            : [`No address is known for ${org.securityTeam.name}, so the e-mail goes to ${helpDeskContact(org)}.`]),
        ],
        ...(org.helpDesk.url ? { links: [{ label: `${org.name}: help`, url: org.helpDesk.url, status: 'live' as const }] } : {}),
      };
    }
  }
}

import type { AdvisoryRef } from './types';

// Generated from the bundled CSAF documents by `npm run advisory-refs`; bundled-refs.test.ts fails when they differ.
/** The bundled advisories as the background carries them: ids, titles, CVEs, affected products and links, no texts. */
export const BUNDLED_REFS: readonly AdvisoryRef[] = [
  {
    id: 'MS01-033',
    title: 'Unchecked Buffer in Index Server ISAPI Extension Could Enable Web Server Compromise',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [
      {
        url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033',
        status: 'live',
      },
      {
        url: 'https://www.cve.org/CVERecord?id=CVE-2001-0500',
        status: 'live',
      },
      {
        url: 'http://www.cert.org/advisories/CA-2001-13.html',
        status: 'historic',
      },
    ],
  },
  {
    id: 'MS01-044',
    title: '15 August 2001 Cumulative Patch for IIS',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [
      {
        url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-044',
        status: 'live',
      },
      {
        url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033',
        status: 'live',
      },
    ],
  },
  {
    id: 'CA-2001-19',
    title: '"Code Red" Worm Exploiting Buffer Overflow In IIS Indexing Service DLL',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [
      {
        url: 'https://www.cisa.gov/news-events/alerts/2001/07/19/code-red-worm-exploiting-buffer-overflow-iis-indexing-service-dll',
        status: 'live',
      },
      {
        url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033',
        status: 'live',
      },
    ],
  },
  {
    id: 'CA-2001-23',
    title: 'Continued Threat of the "Code Red" Worm',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [
      {
        url: 'https://vuls.cert.org/confluence/pages/viewpage.action?pageId=96665834',
        status: 'live',
      },
      {
        url: 'https://www.cisa.gov/news-events/alerts/2001/07/19/code-red-worm-exploiting-buffer-overflow-iis-indexing-service-dll',
        status: 'live',
      },
    ],
  },
  {
    id: 'IN-2001-09',
    title: '"Code Red II:" Another Worm Exploiting Buffer Overflow In IIS Indexing Service DLL',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [
      {
        url: 'http://www.cert.org/incident_notes/IN-2001-09.html',
        status: 'historic',
      },
      {
        url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033',
        status: 'live',
      },
    ],
  },
  {
    id: 'BU-2001.09',
    title: '"Code Red" Worm Spreading at Boston University',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [],
  },
  {
    id: 'BU-2001.07',
    title: 'Buffer Overflow in IIS Windows Web Servers',
    cves: ['CVE-2001-0500'],
    affected: [
      {
        productId: 'IIS40',
        name: 'Microsoft IIS 4.0 (Windows NT 4.0)',
        version: '4.0',
      },
      {
        productId: 'IIS50',
        name: 'Microsoft IIS 5.0 (Windows 2000)',
        version: '5.0',
      },
    ],
    references: [],
  },
];

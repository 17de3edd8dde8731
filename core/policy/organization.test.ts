import { describe, expect, it } from 'vitest';
import { policyKeysMarkdown, withPolicyTable, TABLE_END, TABLE_START } from '../../scripts/lib/docs-table';
import { GECKO_ID } from './extension-ids';
import { GENERIC_ORGANIZATION, SEED_ORGANIZATION, helpDeskContact, reportRecipient } from './organization';
import { organizationFrom } from './organization-from';

describe('the organization profile', () => {
  it('is the seed\u2019s (Boston University, 2001) when policy names no organization', () => {
    expect(organizationFrom({})).toEqual(SEED_ORGANIZATION);
    expect(helpDeskContact(SEED_ORGANIZATION)).toBe('the PCSC (617/353-7272, pcsc@bu.edu)');
    // The FAQ gives the security team no address, so the report goes to the help desk.
    expect(reportRecipient(SEED_ORGANIZATION)).toBe('pcsc@bu.edu');
  });

  it('is IT\u2019s own once policy sets any organization key, with generic words for the rest', () => {
    const org = organizationFrom({ OrganizationName: 'Example College', SecurityTeamEmail: 'soc@example.edu' });
    expect(org.name).toBe('Example College');
    expect(org.helpDesk.name).toBe(GENERIC_ORGANIZATION.helpDesk.name);
    expect(reportRecipient(org)).toBe('soc@example.edu');
    expect(helpDeskContact(org)).toBe(GENERIC_ORGANIZATION.helpDesk.name);
  });

  it('names the anti-virus in words when IT gives only its download link', () => {
    expect(organizationFrom({ AntivirusUrl: 'https://av.example.edu/' }).antivirus).toEqual({
      name: 'your organization\u2019s anti-virus',
      url: 'https://av.example.edu/',
    });
  });
});

describe('ids and generated docs', () => {
  it('Firefox\u2019s id is fixed: managed storage and policies.json are keyed by it', () => {
    expect(GECKO_ID).toBe('code-red-advisor@example.org');
  });

  it('the policy table replaces what is between its markers, and only that', () => {
    const doc = `# Admin\n\n${TABLE_START}\nold\n${TABLE_END}\n\nafter\n`;
    const next = withPolicyTable(doc);
    expect(next).toContain(policyKeysMarkdown());
    expect(next).not.toContain('\nold\n');
    expect(next.endsWith('\n\nafter\n')).toBe(true);
    expect(() => withPolicyTable('# no markers')).toThrow(/markers/);
  });
});

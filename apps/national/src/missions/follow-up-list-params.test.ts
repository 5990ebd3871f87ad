import { describe, expect, it } from 'vitest';
import { followUpFilterFrom, parseFollowUpListParams } from './follow-up-list-params.ts';

const parse = (query: string) => parseFollowUpListParams(new URLSearchParams(query));

describe('follow-up list params', () => {
  it('should ask for the default owner when the URL names none', () => {
    expect(followUpFilterFrom(parse(''), { defaultOwner: 'synergy:S1' })).toEqual({ ownerSynergyId: 'S1' });
    expect(followUpFilterFrom(parse(''), { defaultOwner: 'partner:P1' })).toEqual({ ownerPartnerId: 'P1' });
  });

  it('should prefer the page synergy over the URL owner, and the URL owner over the default', () => {
    expect(followUpFilterFrom(parse('owner=partner:P2'), { synergyId: 'S9', defaultOwner: 'synergy:S1' })).toEqual({ ownerSynergyId: 'S9' });
    expect(followUpFilterFrom(parse('owner=partner:P2&status=open&overdue=yes'), { defaultOwner: 'synergy:S1' })).toEqual({
      ownerPartnerId: 'P2',
      statuses: ['OPEN'],
      overdue: true,
    });
    expect(followUpFilterFrom(parse('owner=all&from=2026-01-01&to=2026-03-31'), { defaultOwner: 'synergy:S1' })).toEqual({ dueFrom: '2026-01-01', dueTo: '2026-03-31' });
  });

  it('should read malformed values as any', () => {
    expect(parse('owner=bogus&status=late&overdue=maybe&from=2026-02-30')).toEqual({ owner: '', status: '', overdue: '', from: '', to: '' });
  });
});

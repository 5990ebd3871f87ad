import type { Partner } from './partner.entity.ts';

/** A partner's members by sex, with the derived total and share of women. */
export type MemberCounts = {
  women: number | null;
  men: number | null;
  other: number | null;
  total: number | null;
  womenShare: number | null;
};

export function memberCounts(partner: Pick<Partner, 'membersWomen' | 'membersMen' | 'membersOther'>): MemberCounts {
  const parts = [partner.membersWomen, partner.membersMen, partner.membersOther];
  const known = parts.filter((value): value is number => value !== null && value !== undefined);
  const total = known.length ? known.reduce((sum, value) => sum + value, 0) : null;
  return {
    women: partner.membersWomen ?? null,
    men: partner.membersMen ?? null,
    other: partner.membersOther ?? null,
    total,
    womenShare: total && partner.membersWomen != null ? partner.membersWomen / total : null,
  };
}

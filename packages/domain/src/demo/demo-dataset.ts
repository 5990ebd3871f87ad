import type { PartnerType } from '../partners/partner.entity.ts';
import type { MembershipRole } from '../synergies/synergy-membership.entity.ts';
import type { Role } from '../users/role-grant.entity.ts';

/** The demo dataset: a fictional Asia network; organisation names are invented. */
export const demoPassword = 'synergia-demo';

type DemoPartner = {
  name: string;
  acronym: string;
  type: PartnerType;
  role: MembershipRole;
  women: number;
  men: number;
  since: string;
};

export const demoNetwork = {
  name: 'Asia Network on the Right to Social Protection',
  acronym: 'ANRSP',
  iatiOrganisationId: null,
};

export const demoSynergies: { country: string; name: string; partners: DemoPartner[] }[] = [
  {
    country: 'PH',
    name: 'Philippine Synergy for Social Protection',
    partners: [
      { name: 'Alliance of Filipino Informal Workers', acronym: 'AFIW', type: 'INFORMAL_WORKERS_ORGANISATION', role: 'LEAD', women: 8200, men: 3100, since: '2022-01-01' },
      { name: 'Luzon Federation of Labour Unions', acronym: 'LFLU', type: 'TRADE_UNION', role: 'MEMBER', women: 5400, men: 7600, since: '2022-01-01' },
      { name: 'Kalinga Health Mutual', acronym: 'KHM', type: 'HEALTH_MUTUAL', role: 'MEMBER', women: 2300, men: 1400, since: '2022-03-15' },
      { name: 'Visayas Vendors Cooperative', acronym: 'VVC', type: 'COOPERATIVE', role: 'MEMBER', women: 950, men: 410, since: '2023-02-01' },
      { name: 'Mindanao Centre for Social Justice', acronym: 'MCSJ', type: 'NGO', role: 'OBSERVER', women: 0, men: 0, since: '2023-06-01' },
      { name: 'Domestic Workers Association of Manila', acronym: 'DWAM', type: 'INFORMAL_WORKERS_ORGANISATION', role: 'MEMBER', women: 3900, men: 250, since: '2024-01-10' },
    ],
  },
  {
    country: 'ID',
    name: 'Indonesian Synergy for Social Security',
    partners: [
      { name: 'Confederation of Indonesian Workers for Welfare', acronym: 'CIWW', type: 'TRADE_UNION', role: 'LEAD', women: 12000, men: 18000, since: '2021-07-01' },
      { name: 'Java Home-Based Workers Network', acronym: 'JHBWN', type: 'INFORMAL_WORKERS_ORGANISATION', role: 'MEMBER', women: 6100, men: 700, since: '2021-07-01' },
      { name: 'Sumatra Fisherfolk Cooperative', acronym: 'SFC', type: 'COOPERATIVE', role: 'MEMBER', women: 1200, men: 2600, since: '2022-05-01' },
      { name: 'Institute for Social Protection Studies', acronym: 'ISPS', type: 'RESEARCH_INSTITUTE', role: 'OBSERVER', women: 0, men: 0, since: '2022-09-01' },
      { name: 'Bali Community Health Mutual', acronym: 'BCHM', type: 'HEALTH_MUTUAL', role: 'MEMBER', women: 1800, men: 1500, since: '2023-01-15' },
    ],
  },
  {
    country: 'KH',
    name: 'Cambodian Social Protection Synergy',
    partners: [
      { name: 'Phnom Penh Street Vendors Union', acronym: 'PPSVU', type: 'INFORMAL_WORKERS_ORGANISATION', role: 'LEAD', women: 2700, men: 900, since: '2022-02-01' },
      { name: 'Cambodian Garment Workers Federation', acronym: 'CGWF', type: 'TRADE_UNION', role: 'MEMBER', women: 14500, men: 2100, since: '2022-02-01' },
      { name: 'Mekong Rural Health Mutual', acronym: 'MRHM', type: 'HEALTH_MUTUAL', role: 'MEMBER', women: 3300, men: 2900, since: '2022-08-01' },
      { name: 'Khmer Rights Advocacy Centre', acronym: 'KRAC', type: 'NGO', role: 'MEMBER', women: 0, men: 0, since: '2023-03-01' },
    ],
  },
  {
    country: 'IN',
    name: 'Indian Synergy on Universal Social Protection',
    partners: [
      { name: 'National Federation of Self-Employed Women', acronym: 'NFSEW', type: 'INFORMAL_WORKERS_ORGANISATION', role: 'LEAD', women: 45000, men: 0, since: '2021-04-01' },
      { name: 'Construction Workers Welfare Union', acronym: 'CWWU', type: 'TRADE_UNION', role: 'MEMBER', women: 7800, men: 21000, since: '2021-04-01' },
      { name: 'Waste Pickers Collective of Pune', acronym: 'WPCP', type: 'COOPERATIVE', role: 'MEMBER', women: 2900, men: 600, since: '2022-01-01' },
      { name: 'Centre for Labour Research and Action', acronym: 'CLRA', type: 'RESEARCH_INSTITUTE', role: 'OBSERVER', women: 0, men: 0, since: '2022-06-01' },
      { name: 'Kerala Mutual Health Society', acronym: 'KMHS', type: 'HEALTH_MUTUAL', role: 'MEMBER', women: 5200, men: 4700, since: '2023-04-01' },
      { name: 'Domestic Workers Rights Forum', acronym: 'DWRF', type: 'NGO', role: 'MEMBER', women: 0, men: 0, since: '2023-09-01' },
      { name: 'Agricultural Workers Union of Bihar', acronym: 'AWUB', type: 'TRADE_UNION', role: 'MEMBER', women: 9400, men: 15800, since: '2024-02-01' },
    ],
  },
  {
    country: 'NP',
    name: 'Nepal Synergy for Social Security',
    partners: [
      { name: 'General Federation of Nepalese Informal Workers', acronym: 'GEFNIW', type: 'TRADE_UNION', role: 'LEAD', women: 6600, men: 9200, since: '2022-01-15' },
      { name: 'Kathmandu Home-Based Workers Association', acronym: 'KHBWA', type: 'INFORMAL_WORKERS_ORGANISATION', role: 'MEMBER', women: 3100, men: 200, since: '2022-01-15' },
      { name: 'Himalayan Savings and Credit Cooperative', acronym: 'HSCC', type: 'COOPERATIVE', role: 'MEMBER', women: 1400, men: 1100, since: '2023-05-01' },
    ],
  },
];

/** Partners of the network not yet in any synergy, so a coordinator can try adding one. */
export const demoUnaffiliatedPartners: Omit<DemoPartner, 'role' | 'since'>[] & { country: string }[] = [
  { name: 'Cebu Transport Workers Association', acronym: 'CTWA', type: 'INFORMAL_WORKERS_ORGANISATION', women: 300, men: 2100, country: 'PH' },
  { name: 'Jakarta Legal Aid Institute', acronym: 'JLAI', type: 'NGO', women: 0, men: 0, country: 'ID' },
];

export const demoUsers: { email: string; name: string; role: Role; scope: 'network' | { synergy: string } | { partner: string } }[] = [
  { email: 'admin@example.org', name: 'Amina Santos', role: 'NETWORK_ADMIN', scope: 'network' },
  { email: 'reviewer@example.org', name: 'Rahul Mehta', role: 'NETWORK_REVIEWER', scope: 'network' },
  { email: 'coordinator.ph@example.org', name: 'Maria Reyes', role: 'SYNERGY_COORDINATOR', scope: { synergy: 'PH' } },
  { email: 'coordinator.id@example.org', name: 'Dewi Lestari', role: 'SYNERGY_COORDINATOR', scope: { synergy: 'ID' } },
  { email: 'editor.ph@example.org', name: 'Jose Dela Cruz', role: 'PARTNER_EDITOR', scope: { partner: 'AFIW' } },
  { email: 'viewer@example.org', name: 'Sokha Chan', role: 'VIEWER', scope: 'network' },
];

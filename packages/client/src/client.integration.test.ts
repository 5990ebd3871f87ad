import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '@synergia/gateway/testing';
import {
  ActivityDocument,
  ChangeActivityStatusDocument,
  CreateActivityDocument,
  CreateApiTokenDocument,
  NetworksDocument,
  ParticipationSummaryDocument,
  PartnerDocument,
  PartnersDocument,
  RevokeApiTokenDocument,
  SynergiesDocument,
  UpdateActivityDocument,
  ViewerDocument,
  createClient,
  signInWithPassword,
  SynergiaApiError,
  type CreateActivityInput,
  type SynergiaClient,
} from './index.ts';

const password = 'synergia-demo';

describe('@synergia/client against a live gateway', () => {
  let gateway: TestGateway;
  let endpoint: string;
  let coordinator: SynergiaClient;

  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'client' });
    endpoint = `${gateway.url}/graphql`;
    coordinator = await signInWithPassword(endpoint, 'coordinator.ph@example.org', password);
  });
  afterAll(() => gateway?.close());

  /** A Philippine partner the coordinator may record activities for. */
  async function somePartnerId(client: SynergiaClient) {
    const { partners } = await client.request(PartnersDocument, { filter: { countries: ['PH'] }, first: 1 });
    return partners.edges[0]!.node.id;
  }

  it('should answer the typed viewer when signed in with a password', async () => {
    const { viewer } = await coordinator.request(ViewerDocument);

    expect(coordinator.token).toEqual(expect.any(String));
    expect(viewer?.user.email).toBe('coordinator.ph@example.org');
    expect(viewer?.roleGrants.map((grant) => grant.role)).toContain('SYNERGY_COORDINATOR');
  });

  it('should throw UNAUTHENTICATED when the password is wrong', async () => {
    const refused = signInWithPassword(endpoint, 'coordinator.ph@example.org', 'not-the-password');

    await expect(refused).rejects.toBeInstanceOf(SynergiaApiError);
    await expect(refused).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('should create an API token, use it, and stop working once revoked', async () => {
    const { createApiToken } = await coordinator.request(CreateApiTokenDocument, {
      input: { name: 'client test', access: 'READ_WRITE', expiresInDays: 1 },
    });
    expect(createApiToken.errors).toEqual([]);
    expect(createApiToken.token).toMatch(/^syn_/);

    const program = coordinator.withToken(createApiToken.token!);
    const { viewer } = await program.request(ViewerDocument);
    const { networks } = await program.request(NetworksDocument);
    expect(viewer?.user.email).toBe('coordinator.ph@example.org');
    expect(networks[0]?.ageBands.length).toBeGreaterThan(0);

    const { revokeApiToken } = await coordinator.request(RevokeApiTokenDocument, { input: { id: createApiToken.apiToken!.id } });
    expect(revokeApiToken.apiToken?.active).toBe(false);
    const afterRevoke = program.request(SynergiesDocument, { first: 1 });
    await expect(afterRevoke).rejects.toBeInstanceOf(SynergiaApiError);
    await expect(afterRevoke).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('should walk every page of a connection until hasNextPage is false', async () => {
    const admin = await signInWithPassword(endpoint, 'admin@example.org', password);
    const seen: string[] = [];
    let pageCount = 0;
    let totalCount = 0;

    for await (const page of admin.pages(PartnersDocument, { first: 7 }, (data) => data.partners)) {
      pageCount += 1;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
    }

    expect(pageCount).toBeGreaterThan(1);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('should return payload errors as data when createActivity is refused', async () => {
    const input: CreateActivityInput = {
      partnerId: await somePartnerId(coordinator),
      type: 'BASIC_TRAINING',
      title: '',
      startDate: '2026-03-02',
      branches: ['GENERAL'],
      participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 3 }],
    };

    const { createActivity } = await coordinator.request(CreateActivityDocument, { input });

    expect(createActivity.activity).toBeNull();
    expect(createActivity.errors).toEqual([
      expect.objectContaining({ __typename: 'ValidationError', field: 'title', path: ['input', 'title'], message: expect.stringContaining('title') }),
    ]);
    // The union narrows on __typename: `field` exists on ValidationError only.
    const first = createActivity.errors[0]!;
    if (first.__typename === 'ValidationError') expect(first.field).toBe('title');
  });

  it('should create, update and move an activity, all typed', async () => {
    const partnerId = await somePartnerId(coordinator);
    const { createActivity } = await coordinator.request(CreateActivityDocument, {
      input: {
        partnerId,
        type: 'BASIC_TRAINING',
        title: 'Client package training',
        startDate: '2026-03-02',
        branches: ['GENERAL'],
        status: 'PLANNED',
        participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 12 }, { sex: 'MEN', ageBandId: '18-35', count: 8 }],
      },
    });
    expect(createActivity.errors).toEqual([]);
    const created = createActivity.activity!;
    expect(created.participants.total).toBe(20);
    expect(created.partner.id).toBe(partnerId);

    const { updateActivity } = await coordinator.request(UpdateActivityDocument, {
      input: { id: created.id, version: created.version, title: 'Client package training, renamed' },
    });
    expect(updateActivity.errors).toEqual([]);
    const updated = updateActivity.activity!;

    const { changeActivityStatus } = await coordinator.request(ChangeActivityStatusDocument, {
      input: { id: updated.id, version: updated.version, status: 'ONGOING' },
    });
    expect(changeActivityStatus.errors).toEqual([]);

    const { activity } = await coordinator.request(ActivityDocument, { id: created.id });
    expect(activity?.title).toBe('Client package training, renamed');
    expect(activity?.status).toBe('ONGOING');
    expect(activity?.participants.cells).toHaveLength(2);
  });

  it('should read a partner and the participation summary of its synergy', async () => {
    const { partner } = await coordinator.request(PartnerDocument, { id: await somePartnerId(coordinator) });
    const synergyId = partner!.memberships[0]!.synergy.id;

    const { participationSummary } = await coordinator.request(ParticipationSummaryDocument, { scope: { synergyId }, from: '2025-01-01' });

    expect(participationSummary.activityCount).toBeGreaterThan(0);
    expect(participationSummary.total).toBeGreaterThanOrEqual(participationSummary.women);
  });

  it('should throw a SynergiaApiError naming the code and argument when an argument is refused', async () => {
    const refused = coordinator.request(PartnersDocument, { first: 1000 });

    await expect(refused).rejects.toBeInstanceOf(SynergiaApiError);
    await expect(refused).rejects.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('should throw FORBIDDEN when a read-only token runs a mutation', async () => {
    const { createApiToken } = await coordinator.request(CreateApiTokenDocument, {
      input: { name: 'read-only client test', access: 'READ_ONLY', expiresInDays: 1 },
    });
    const reader = createClient({ url: endpoint, token: createApiToken.token });

    const refused = reader.request(ChangeActivityStatusDocument, { input: { id: 'x', version: 1, status: 'ONGOING' } });

    await expect(refused).rejects.toMatchObject({ name: 'SynergiaApiError', code: 'FORBIDDEN', status: 403 });
  });

  it('should run an untyped query given as a string', async () => {
    const data = await coordinator.request<{ ping: string }>('{ ping }');

    expect(data.ping).toBe('ok');
  });
});

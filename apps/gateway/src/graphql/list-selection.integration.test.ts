import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../testing/index.ts';

/*
 * List pages load only the columns the query's selection reads (`nodeProperties`
 * and each type's field reads map). A field whose map entry forgets a property
 * answers wrongly from the list (the property is unset), so every field of each
 * list's node type is asked through the list and through `nodes(ids:)`, which
 * loads whole rows, and the two answers must be equal.
 */

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type Field = { name: string; args: { type: TypeRef }[]; type: TypeRef };

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const typeQuery = `query Type($name: String!) { __type(name: $name) { fields { name args { type { kind } } type { ...T } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** A fragment of the national app's persisted operations, as the app sends it. */
const nationalFragment = (name: string): string => {
  const manifest = JSON.parse(readFileSync(new URL('../../../national/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
  for (const text of Object.values(manifest)) {
    const fragment = parse(text).definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name);
    if (fragment) return print(fragment);
  }
  throw new Error(`no fragment ${name} in the national app's persisted operations`);
};

/** The lists whose pages are narrowed: their node type, and what the national app's list asks of each node. */
const lists = [
  { field: 'jointActions', type: 'JointAction', appSelection: '...NationalJointActionList_item', fragments: nationalFragment('NationalJointActionList_item') },
  { field: 'activities', type: 'Activity', appSelection: '...NationalActivityList_item', fragments: nationalFragment('NationalActivityList_item') },
  { field: 'missions', type: 'CapacityBuildingMission', appSelection: '...NationalMissionList_item', fragments: nationalFragment('NationalMissionList_item') },
  // NationalSynergyPartners asks it inline.
  { field: 'partners', type: 'Partner', appSelection: 'acronym country members { total womenShare } memberships { active id role since synergy { id } until } name type', fragments: '' },
];

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`list pages that load only what the selection reads, on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let admin: string;
    const fieldsOf = new Map<string, Field[]>();
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'list-selection' });
      admin = await gateway.signIn('admin@example.org');
    });
    afterAll(() => gateway?.close());

    const fields = async (type: string): Promise<Field[]> => {
      if (!fieldsOf.has(type)) fieldsOf.set(type, (await gateway.graphql(typeQuery, { name: type }, admin)).body.data?.__type.fields);
      return fieldsOf.get(type)!;
    };

    /** `name`, with every field without required arguments below it, `depth` object levels down. */
    const selectionOf = async (field: Field, depth: number): Promise<string | null> => {
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) return null;
      const type = named(field.type);
      if (type.kind === 'SCALAR' || type.kind === 'ENUM') return field.name;
      if (type.kind !== 'OBJECT' || depth === 0) return type.kind === 'OBJECT' ? null : `${field.name} { __typename }`;
      const nested = (await Promise.all((await fields(type.name!)).map((inner) => selectionOf(inner, depth - 1)))).filter((text) => text !== null);
      return nested.length ? `${field.name} { ${nested.join(' ')} }` : null;
    };

    const sameFromListAndNodes = async (list: string, type: string, selection: string, fragments = '') => {
      const page = await gateway.graphql(`{ ${list}(first: 40) { edges { node { id ${selection} } } } } ${fragments}`, {}, admin);
      expect(page.body.errors, `${type} ${selection}`).toBeUndefined();
      const fromList = page.body.data?.[list].edges.map((edge: { node: unknown }) => edge.node);
      expect(fromList.length).toBeGreaterThan(3);
      const whole = await gateway.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { id ${selection} } } } ${fragments}`, { ids: fromList.map((node: { id: string }) => node.id) }, admin);
      expect(whole.body.errors, `${type} ${selection}`).toBeUndefined();
      expect(fromList, `${type} ${selection}`).toEqual(whole.body.data?.nodes);
    };

    for (const { field: list, type, appSelection, fragments } of lists) {
      it(`should answer every ${type} field from the ${list} list as from whole rows`, async () => {
        const selections = (await Promise.all((await fields(type)).map((field) => selectionOf(field, 2)))).filter((text) => text !== null);
        expect(selections.length).toBeGreaterThan(15);
        for (const selection of selections) await sameFromListAndNodes(list, type, selection);
        // The narrow paths: the score alone, totals without cells, and what the national app's list asks.
        if (type !== 'Partner') {
          await sameFromListAndNodes(list, type, 'genderMarker { score }');
          await sameFromListAndNodes(list, type, 'participants { total womenShare youthShare }');
        }
        await sameFromListAndNodes(list, type, appSelection, fragments);
      });
    }

    /**
     * The rows a list brings with its page, narrowed to what the selection reads of them: the to-one relations it
     * joins (`joinedProperties`) and a joint action's participating partners (`reachedProperties`).
     */
    const joined = [
      { list: 'activities', type: 'Activity', relation: 'partner', relatedType: 'Partner' },
      { list: 'activities', type: 'Activity', relation: 'synergy', relatedType: 'Synergy' },
      { list: 'jointActions', type: 'JointAction', relation: 'synergy', relatedType: 'Synergy' },
      { list: 'jointActions', type: 'JointAction', relation: 'lead', relatedType: 'Partner' },
      { list: 'jointActions', type: 'JointAction', relation: 'partners', relatedType: 'JointActionPartner' },
      { list: 'jointActions', type: 'JointAction', relation: 'partners { role partner', relatedType: 'Partner', closing: ' }' },
    ];
    for (const { list, type, relation, relatedType, closing = '' } of joined) {
      it(`should answer every ${relatedType} field of the ${relation} brought with the ${list} list as from whole rows`, async () => {
        const selections = (await Promise.all((await fields(relatedType)).map((field) => selectionOf(field, 1)))).filter((text) => text !== null);
        expect(selections.length).toBeGreaterThanOrEqual(4);
        for (const selection of selections) await sameFromListAndNodes(list, type, `${relation} { id ${selection} }${closing}`);
      });
    }

    it('should not hand a synergy joined with some columns to the loader other fields read whole synergies from', async () => {
      // The page's synergies carry their name only; the milestones' actions come by id, and their synergy through the loader.
      await sameFromListAndNodes('jointActions', 'JointAction', 'synergy { name } milestones { jointAction { synergy { id country status createdAt } } }');
    });

    it('should not hand participating partners brought with some columns to the loader other fields read whole partners from', async () => {
      // The page's partners carry their name only; the milestones' actions come by id, and their partners through the loader.
      const through = 'milestones { jointAction { lead { id acronym contactEmail createdAt } partners { contribution { inKind } partner { website members { total } } } } }';
      await sameFromListAndNodes('jointActions', 'JointAction', `lead { name } partners { id partner { name } } ${through}`);
    });

    const pageStatement = async (query: string) => {
      gateway.resetQueryCount();
      const result = await gateway.graphql(query, {}, admin);
      expect(result.body.errors).toBeUndefined();
      return gateway.statementTexts().find((text) => /from [`"]activity[`"]/.test(text))!;
    };

    it('should bring a page’s participating partners in the page’s own statement, and load them after a cursor', async () => {
      const selection = 'lead { id name } partners { id role partner { id name acronym } } viewerCan { update }';
      const statementsFor = async (query: string) => {
        gateway.resetQueryCount();
        const result = await gateway.graphql(query, {}, admin);
        expect(result.body.errors).toBeUndefined();
        return { data: result.body.data!, texts: gateway.statementTexts() };
      };
      const first = await statementsFor(`{ jointActions(first: 30) { edges { cursor node { id ${selection} } } } }`);
      expect(first.texts.filter((text) => /joint_action_partner/.test(text)), 'one statement for the page and its partners').toHaveLength(1);
      expect(first.texts.find((text) => /joint_action_partner/.test(text))).toMatch(/from [`"]joint_action[`"]/);
      await sameFromListAndNodes('jointActions', 'JointAction', selection);
      // After a cursor: the partners' own statement, the same answers.
      const cursor = first.data.jointActions.edges[0].cursor as string;
      const next = await statementsFor(`{ jointActions(first: 5, after: "${cursor}") { edges { node { id ${selection} } } } }`);
      expect(next.data.jointActions.edges.map((edge: { node: unknown }) => edge.node)).toEqual(first.data.jointActions.edges.slice(1, 6).map((edge: { node: unknown }) => edge.node));
      expect(next.texts.some((text) => /from [`"]joint_action_partner[`"]/.test(text))).toBe(true);
    });

    it('should select only the columns the selection reads, and every column for a field it cannot tell', async () => {
      const narrow = await pageStatement('{ activities(first: 5) { edges { node { id title genderMarker { score } } } totalCount } }');
      expect(narrow).toMatch(/[`"]title[`"]/);
      expect(narrow).toMatch(/[`"]gender_score[`"]/);
      expect(narrow).not.toMatch(/description|participant_cells|gender_criteria|e0[`"]\.\*/);
      const whole = await pageStatement('{ activities(first: 5) { edges { node { id title viewerCan { update } partner { name } } } } }');
      expect(whole).toMatch(/e0[`"]\.\*/);
      expect(whole, 'a field not in the map may read the joined rows: whole too').toMatch(/j0[`"]\.[`"]contact_email/);
      const joinedNarrow = await pageStatement('{ activities(first: 5) { edges { node { id partner { name } synergy { id } } } } }');
      expect(joinedNarrow).toMatch(/j0[`"]\.[`"]name[`"] as [`"]j0__name/);
      expect(joinedNarrow).not.toMatch(/contact_email|j1[`"]\.[`"]name|j0[`"]\.\*/);
    });

    it('should bring of the participating partners’ partners only the columns the selection reads, and every one for a field it cannot tell', async () => {
      const jointActionsStatement = async (selection: string) => {
        gateway.resetQueryCount();
        const result = await gateway.graphql(`{ jointActions(first: 5) { edges { node { id ${selection} } } } }`, {}, admin);
        expect(result.body.errors).toBeUndefined();
        return gateway.statementTexts().find((text) => /from [`"]joint_action[`"]/.test(text))!;
      };
      const narrow = await jointActionsStatement('lead { name } partners { id partner { acronym } }');
      expect(narrow).toMatch(/'j0__name'/);
      expect(narrow).toMatch(/'j0__acronym'/);
      expect(narrow).not.toMatch(/'j0__contact_email'|'contribution_in_kind'/);
      const idsOnly = await jointActionsStatement('partners { id }');
      expect(idsOnly, 'partners without their partner: the key only').not.toMatch(/'j0__name'|'contribution_in_kind'|'created_at'/);
      expect(idsOnly, 'what finds the lead').toMatch(/'role'/);
      expect(await jointActionsStatement('partners { contribution { inKind } }')).toMatch(/'contribution_in_kind'/);
      // viewerCan is not in the joint action's reads map: it may read anything, so the partners come whole.
      expect(await jointActionsStatement('lead { name } viewerCan { update }')).toMatch(/'j0__contact_email'/);
    });
  });
}

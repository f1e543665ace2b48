/**
 * CSGHub's people, community and billing in memory, beside the repositories of ./csghub.ts:
 * users and their repository lists, organizations and their members, collections, discussions
 * with comments, and each user's account (balance, bills, statements). Every answer lays the
 * dataset's records over the spec's own example; unknown names and ids answer as the service
 * does. Any request with a token is the token's user's (`CURRENT_USER`).
 */
import type { IHttpOperation } from '@stoplight/types';
import { applyFixtures, type ApiFixtures } from '../data/fixtures.js';
import { generateRepositories, type RepositoryKind } from '../data/csghub.js';
import {
  CURRENT_USER,
  generatePeople,
  type OrganizationRecord,
  type OrganizationRole,
  type UserRecord,
} from '../data/csghub-people.js';
import {
  generateSocial,
  type CollectionRecord,
  type CommentRecord,
  type DiscussionRecord,
  type StatementRecord,
} from '../data/csghub-social.js';
import { EPOCH, iso } from '../data/random.js';
import {
  answer,
  example,
  fullMessage,
  isObject,
  layered,
  minuteClock,
  overlay,
  paged,
  signedIn,
  type Call,
  type Handler,
} from './support.js';
import type { StatefulStore } from './types.js';

type Row = Record<string, unknown>;

/** What the social store reads of the repository store. */
export interface RepositoryAccess {
  /** Every repository of a kind held now. */
  all(kind: RepositoryKind): Iterable<Row>;
  /** The repository at `path` of a kind, if held. */
  get(kind: RepositoryKind, path: string): Row | undefined;
}

const KINDS: readonly RepositoryKind[] = ['models', 'datasets', 'spaces', 'codes', 'mcps'];
/** The singular `repository_type` of each kind, as collections name it. */
const SINGULAR: Record<RepositoryKind, string> = {
  models: 'model',
  datasets: 'dataset',
  spaces: 'space',
  codes: 'code',
  mcps: 'mcpserver',
};
/** The discussion routes' `{repo_type}` → kind. */
const DISCUSSION_KINDS: Record<string, RepositoryKind> = {
  models: 'models',
  datasets: 'datasets',
  codes: 'codes',
  spaces: 'spaces',
  mcpserver: 'mcps',
};
/** The user repository lists and the service's message for an unknown user. */
const USER_LISTS: Record<string, string> = {
  listUserModels: 'user not exists',
  listUserDatasets: 'user not exists',
  listUserCodes: 'user not exists',
  listUserSpaces: 'user not exists',
  listUserMcpServers: 'mcp owner does not exist',
};
const ZERO_TIME = '0001-01-01T00:00:00Z';
/** The date of a fixture record that gives none: the day before the epoch. */
const FIXTURE_DATE = iso(EPOCH - 86_400_000);
const ROLES = new Set(['admin', 'write', 'read']);
const NOT_FOUND = { msg: 'SYS-ERR-3: Record not found in database', code: 'SYS-ERR-3' };

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : 0);
const firstItem = (value: unknown): Row => {
  const list = isObject(value) && Array.isArray(value['data']) ? value['data'] : value;
  return Array.isArray(list) && isObject(list[0]) ? list[0] : {};
};

/** The service's answer when the record a route names does not exist: its 404, else its 500. */
const missing = (call: Call) =>
  call.specAnswer(call.args.resource.responses.some((r) => r.code === '404') ? 404 : 500);

/**
 * `inner` (the repository store) with these records added: their handlers answer first, the
 * rest goes to `inner`; the state and the reset cover both.
 */
export function socialStore(
  operation: (id: string) => IHttpOperation,
  setup: { seedValue: number; maxRecords: number; fixtures: ApiFixtures | undefined },
  inner: StatefulStore,
  repositories: RepositoryAccess,
): StatefulStore & { user(username: string): UserRecord | undefined } {
  const { seedValue, maxRecords, fixtures } = setup;
  const people = generatePeople(seedValue);
  const social = generateSocial(seedValue, people, generateRepositories(seedValue));
  const fromFixtures = (
    kind: string,
    generated: readonly Row[],
    key: string,
    fill: (record: Row, i: number) => Row,
  ) =>
    applyFixtures(
      generated,
      fixtures?.kinds[kind],
      key,
      fixtures?.replace === true && kind in fixtures.kinds,
    ).map(fill);

  let users = new Map<string, UserRecord>();
  let organizations = new Map<string, OrganizationRecord>();
  let collections = new Map<number, CollectionRecord>();
  let discussions = new Map<number, DiscussionRecord>();
  let statements: StatementRecord[] = [];
  /** Ids of the collections the token's user liked. */
  let likedCollections = new Set<number>();
  let nextId = 0;
  let created = 0;
  const clock = minuteClock();
  const tick = clock.tick;

  const reset = () => {
    // Fixture records are read with care: a field of the wrong kind takes its default.
    users = new Map(
      fromFixtures('users', people.users, 'username', (record, i) => {
        const username = text(record['username']);
        return {
          ...record,
          id: typeof record['id'] === 'number' ? record['id'] : 5000 + i,
          username,
          nickname: text(record['nickname']) || username,
          uuid:
            text(record['uuid']) || `00000000-0000-4000-8000-${String(5000 + i).padStart(12, '0')}`,
          email: text(record['email']) || `${username}@example.com`,
          avatar: text(record['avatar']) || `https://cdn.opencsg.com/avatars/${username}.png`,
          created_at: text(record['created_at']) || FIXTURE_DATE,
        };
      }).map((u) => [text(u['username']), u as UserRecord]),
    );
    organizations = new Map(
      fromFixtures('organizations', people.organizations, 'path', (record, i) => ({
        verified: false,
        verify_status: 'none',
        ...record,
        path: text(record['path']),
        name: text(record['name']) || text(record['path']),
        uuid:
          text(record['uuid']) || `00000000-0000-4000-9000-${String(6000 + i).padStart(12, '0')}`,
        members: (Array.isArray(record['members']) ? record['members'] : [])
          .filter((m): m is Row => isObject(m) && typeof m['username'] === 'string')
          .map((m) => ({
            username: text(m['username']),
            role: ROLES.has(text(m['role'])) ? (text(m['role']) as OrganizationRole) : 'read',
            last_login_at: text(m['last_login_at']) || ZERO_TIME,
          })),
        created_at: text(record['created_at']) || FIXTURE_DATE,
      })).map((o) => [text(o['path']), o as OrganizationRecord]),
    );
    const generatedCollections = fromFixtures(
      'collections',
      social.collections,
      'name',
      (r, i) => ({
        nickname: r['name'],
        description: '',
        private: false,
        likes: 0,
        ...r,
        id: typeof r['id'] === 'number' ? r['id'] : 900 + i,
        username: text(r['username']) || CURRENT_USER,
        namespace: text(r['namespace']),
        name: text(r['name']),
        repositories: (Array.isArray(r['repositories']) ? r['repositories'] : [])
          .filter(
            (item): item is Row =>
              isObject(item) &&
              KINDS.includes(item['kind'] as RepositoryKind) &&
              typeof item['path'] === 'string',
          )
          .map((item) => ({
            kind: item['kind'] as RepositoryKind,
            path: text(item['path']),
            remark: text(item['remark']),
          })),
        created_at: text(r['created_at']) || FIXTURE_DATE,
        updated_at: text(r['updated_at']) || text(r['created_at']) || FIXTURE_DATE,
      }),
    ) as CollectionRecord[];
    collections = new Map(generatedCollections.map((c) => [c.id, c]));
    discussions = new Map(social.discussions.map((d) => [d.id, structuredClone(d)]));
    statements = social.statements.map((s) => ({ ...s }));
    likedCollections = new Set();
    nextId = 100_001;
    created = 0;
    clock.reset();
  };
  reset();

  /** Creates are capped like the repository store's. */
  const full = () =>
    created >= maxRecords
      ? answer(500, { msg: fullMessage(maxRecords, 'collections, discussions and comments') })
      : undefined;

  // --- users ---------------------------------------------------------------------------------
  const userExamples = operation('getUser');
  const selfProfile = example(userExamples, '200', 'self');
  const publicProfile = example(userExamples, '200', 'public');
  const selfData = isObject(selfProfile['data']) ? selfProfile['data'] : {};
  const namespaceTemplate = firstItem(selfData['namespaces']);
  const orgTemplate = firstItem(selfData['orgs']);
  const namespaceOf = (path: string, type: string, avatar: string, uuid: string) =>
    overlay(namespaceTemplate, { Path: path, Type: type, Avatar: avatar, UUID: uuid });
  const orgsOf = (username: string, withRoles: boolean) =>
    [...organizations.values()]
      .map((org) => ({ org, member: org.members.find((m) => m.username === username) }))
      .filter(({ member }) => member)
      .map(({ org, member }) => {
        const row = overlay(orgTemplate, {
          ...org,
          user_id: 1,
          namespace: namespaceOf(org.path, 'organization', '', org.uuid),
          role: member?.role ?? '',
        }) as Row;
        if (!withRoles) delete row['role'];
        return row;
      });
  const profile = (user: UserRecord, self: boolean) => {
    const values = {
      ...user,
      tags: [],
      namespaces: [namespaceOf(user.username, 'user', user.avatar, user.uuid)],
      orgs: orgsOf(user.username, self),
    };
    if (self) return answer(200, { ...selfProfile, data: overlay(selfData, values) });
    return answer(200, {
      ...publicProfile,
      data: overlay(publicProfile['data'], { ...values, created_at: ZERO_TIME }),
    });
  };
  const userNotFound = (context?: Row) =>
    answer(404, { ...NOT_FOUND, ...(context && { context }) });

  const collectionList = example(operation('listUserCollections'));
  const collectionListTemplate = firstItem(collectionList);
  const collectionDetail = example(operation('getCollection'));
  const collectionDetailData = isObject(collectionDetail['data']) ? collectionDetail['data'] : {};
  const collectedRepos = Array.isArray(collectionDetailData['repositories'])
    ? collectionDetailData['repositories'].filter(isObject)
    : [];
  const collectedTemplate: Row = { ...collectedRepos[0], ...collectedRepos[1] };
  delete collectedTemplate['status'];
  const tagTemplate = firstItem(collectedTemplate['tags']);

  /** A collection's repositories as the hub lists them, most recently updated first. */
  const collected = (collection: CollectionRecord, limit?: number) => {
    const rows = collection.repositories
      .map((item) => ({ item, repo: repositories.get(item.kind, item.path) }))
      .filter((entry): entry is { item: (typeof entry)['item']; repo: Row } => !!entry.repo)
      .sort((a, b) => text(b.repo['updated_at']).localeCompare(text(a.repo['updated_at'])))
      .slice(0, limit)
      .map(({ item, repo }) => {
        const owner = users.get(text(repo['path']).split('/')[0] ?? '');
        const tags = (Array.isArray(repo['tags']) ? repo['tags'] : [])
          .filter(isObject)
          .map((tag, i) => overlay(tagTemplate, { ...tag, id: i + 1, scope: SINGULAR[item.kind] }));
        const row = overlay(collectedTemplate, {
          ...repo,
          id: number(repo['repository_id']) || number(repo['id']),
          user_id: owner?.id ?? 1,
          download_count: number(repo['downloads']),
          tags,
          repository_type: SINGULAR[item.kind],
          remark: item.remark,
        }) as Row;
        if (limit !== undefined) delete row['remark'];
        return row;
      });
    return rows;
  };
  const listRow = (collection: CollectionRecord) => {
    const row = overlay(collectionListTemplate, {
      ...collection,
      repositories: null,
      user_likes: false,
      can_write: false,
      can_manage: false,
      avatar: '',
    }) as Row;
    const repos = collected(collection, 3);
    row['repositories'] = repos.length > 0 ? repos : null;
    return row;
  };
  /** Sum of a collection's repositories' likes and downloads: its `trending` score. */
  const popularity = (collection: CollectionRecord) =>
    collection.repositories.reduce((sum, item) => {
      const repo = repositories.get(item.kind, item.path);
      return sum + number(repo?.['likes']) * 100 + number(repo?.['downloads']);
    }, 0);
  const COLLECTION_ORDERS: Record<string, (a: CollectionRecord, b: CollectionRecord) => number> = {
    trending: (a, b) => popularity(b) - popularity(a) || b.id - a.id,
    recently_update: (a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id,
    most_favorite: (a, b) => number(b['likes']) - number(a['likes']) || b.id - a.id,
  };
  const collectionPage = (items: CollectionRecord[], query: Record<string, unknown>) => {
    const page = paged(items, query);
    return answer(200, {
      data: page.data.length > 0 ? page.data.map(listRow) : null,
      total: page.total,
    });
  };
  const collectionId = (call: Call) => Number(call.params['id']);
  const collectionGone = (call: Call) =>
    call.args.resource.responses.some((r) => r.code === '404')
      ? answer(404, { ...NOT_FOUND, context: { collection_id: collectionId(call) } })
      : call.specAnswer(500);
  const repositoryById = (id: number) => {
    for (const kind of KINDS) {
      for (const repo of repositories.all(kind)) {
        if (number(repo['repository_id']) === id) return { kind, path: text(repo['path']) };
      }
    }
    return undefined;
  };
  const collectionCreated = example(operation('createCollection'));
  const collectionUpdated = example(operation('updateCollection'));
  const stored = (collection: CollectionRecord, envelope: Row) => {
    const user = users.get(collection.username);
    return answer(200, {
      ...envelope,
      data: overlay(envelope['data'], {
        ...collection,
        user_id: user?.id ?? 0,
        repositories: collection.repositories.length > 0 ? collected(collection) : null,
      }),
    });
  };

  // --- organizations -------------------------------------------------------------------------
  const orgList = example(operation('listOrganizations'));
  const orgListTemplate = firstItem(orgList['data']);
  const orgDetail = example(operation('getOrganization'));
  const memberOperation = operation('listOrganizationMembers');
  const memberList = example(memberOperation, '200', 'asMember');
  const memberTemplate = firstItem(memberList['data']);
  const anonymousTemplate = firstItem(example(memberOperation, '200', 'anonymous')['data']);
  const orgValues = (org: OrganizationRecord) => ({
    ...org,
    namespace: namespaceOf(org.path, 'organization', '', org.uuid),
  });

  // --- discussions ---------------------------------------------------------------------------
  const discussionList = example(operation('listDiscussions'));
  const discussionData = isObject(discussionList['data']) ? discussionList['data'] : {};
  const discussionTemplate = firstItem(discussionData['discussions']);
  const discussionCreated = example(operation('createDiscussion'));
  const discussionDetail = example(operation('getDiscussion'));
  const commentList = example(operation('listDiscussionComments'));
  const commentTemplate = firstItem(commentList);
  const commentCreated = example(operation('createDiscussionComment'));
  const author = (username: string) => {
    const user = users.get(username);
    return user
      ? { id: user.id, name: user.username, avatar: user.avatar }
      : { id: 0, name: 'deleted user', avatar: '' };
  };
  const discussionRow = (d: DiscussionRecord) =>
    overlay(discussionTemplate, {
      ...d,
      user: author(d.username),
      comment_count: d.comments.length,
    });
  const commentRow = (c: CommentRecord) =>
    overlay(commentTemplate, { ...c, user: author(c.username) });
  /** Comments newest first. */
  const newestComments = (d: DiscussionRecord) =>
    [...d.comments].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  const discussionRepo = (call: Call) => {
    const kind = DISCUSSION_KINDS[call.params['repo_type'] ?? ''];
    const path = `${call.params['namespace'] ?? ''}/${call.params['name'] ?? ''}`;
    return kind && repositories.get(kind, path) ? path : undefined;
  };

  /**
   * Changes or (when `change` gives nothing) deletes the comment the `{id}` segment names, as
   * the service reads it; an unknown one is its 500 (`SYS-ERR-3`).
   */
  const changeComment = (call: Call, change: (c: CommentRecord) => CommentRecord | undefined) => {
    const id = Number(call.params['id']);
    for (const discussion of discussions.values()) {
      const at = discussion.comments.findIndex((c) => c.id === id);
      const comment = discussion.comments[at];
      if (!comment) continue;
      const changed = change(comment);
      const comments = [...discussion.comments];
      comments.splice(at, 1, ...(changed ? [changed] : []));
      discussions.set(discussion.id, { ...discussion, comments });
      return undefined;
    }
    return answer(500, NOT_FOUND);
  };

  // --- accounting ----------------------------------------------------------------------------
  const balanceExample = example(operation('getAccountBalance'));
  const balancesExample = example(operation('listAccountBalances'));
  const balancesTemplate = firstItem(balancesExample['data']);
  const billsExample = example(operation('listAccountBills'));
  const billTemplate = firstItem(billsExample['data']);
  const statementsExample = example(operation('listAccountStatements'));
  const statementTemplate = firstItem(statementsExample['data']);
  const userByUuid = (uuid: string) => [...users.values()].find((u) => u.uuid === uuid);
  /** A user's cash and bonus: recharges in, charges out of cash. */
  const accountOf = (uuid: string) => {
    let cash = 0;
    let bonus = 0;
    for (const s of statements) {
      if (s.user_uuid !== uuid) continue;
      if (s.scene === 1) bonus += s.value;
      else cash += s.value;
    }
    return { cash, bonus, balance: cash + bonus };
  };
  const totals = (rows: readonly Row[]) => {
    const sum = (key: string) => rows.reduce((total, row) => total + number(row[key]), 0);
    return {
      total_value: sum('value'),
      total_consumption: sum('consumption'),
      total_cash_value: sum('value'),
    };
  };
  const instanceFilter = (query: Record<string, unknown>) => {
    const wanted = text(query['instance_name']).toLowerCase();
    return (s: StatementRecord) => !wanted || s.customer_id.toLowerCase().includes(wanted);
  };
  const accountPage = (envelope: Row, rows: Row[], query: Record<string, unknown>, all: Row[]) => {
    const page = paged(rows, query);
    const data = isObject(envelope['data']) ? envelope['data'] : {};
    return answer(200, {
      ...envelope,
      data: { ...data, ...totals(all), total: page.total, data: page.data },
    });
  };

  const handlers: Record<string, Handler> = {
    // The repository store lists a user's repositories; an unknown user is refused first.
    ...Object.fromEntries(
      Object.entries(USER_LISTS).map(([id, message]) => [
        id,
        (call: Call) =>
          users.has(call.params['username'] ?? '') ? undefined : answer(500, { msg: message }),
      ]),
    ),
    getUser: (call) => {
      const key = call.params['username'] ?? '';
      if (call.query['type'] === 'uuid') {
        const user = userByUuid(key);
        return user
          ? profile(user, signedIn(call) && user.username === CURRENT_USER)
          : userNotFound();
      }
      const user = users.get(key);
      if (!user) return userNotFound({ username: key });
      return profile(user, signedIn(call) && user.username === CURRENT_USER);
    },
    listUserCollections: (call) => {
      const username = call.params['username'] ?? '';
      if (!users.has(username)) return answer(500, { msg: 'user not exists' });
      const self = signedIn(call) && username === CURRENT_USER;
      const mine = [...collections.values()]
        .filter((c) => c.username === username && (self || c['private'] !== true))
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
      return collectionPage(mine, call.query);
    },
    listCollections: ({ query }) => {
      const search = text(query['search']).toLowerCase();
      const order = COLLECTION_ORDERS[text(query['sort'])] ?? COLLECTION_ORDERS['trending'];
      const found = [...collections.values()]
        .filter((c) => c['private'] !== true && (!search || c.name.toLowerCase().includes(search)))
        .sort(order);
      return collectionPage(found, query);
    },
    likeCollection: (call) => {
      const collection = collections.get(collectionId(call));
      if (!collection) {
        return answer(500, {
          msg: 'failed to get likes collection by id, error: sql: no rows in result set',
        });
      }
      if (collection['private'] === true && collection.username !== CURRENT_USER) {
        return answer(500, {
          msg: `no permission to like this collection for user:${CURRENT_USER}`,
        });
      }
      if (!likedCollections.has(collection.id)) {
        likedCollections.add(collection.id);
        collections.set(collection.id, { ...collection, likes: number(collection['likes']) + 1 });
      }
      return answer(200, { msg: 'OK' });
    },
    unlikeCollection: (call) => {
      const collection = collections.get(collectionId(call));
      if (collection && likedCollections.delete(collection.id)) {
        const likes = Math.max(0, number(collection['likes']) - 1);
        collections.set(collection.id, { ...collection, likes });
      }
      return answer(200, { msg: 'OK' });
    },
    listUserLikedCollections: ({ query }) =>
      collectionPage(
        [...likedCollections]
          .map((id) => collections.get(id))
          .filter((c): c is CollectionRecord => c !== undefined)
          .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id),
        query,
      ),
    getCollection: (call) => {
      const collection = collections.get(collectionId(call));
      if (!collection) return collectionGone(call);
      const mine = signedIn(call) && collection.username === CURRENT_USER;
      // Someone else's private collection: the service's 500, as for any refusal here.
      if (collection['private'] === true && !mine) return call.specAnswer(500);
      const owner = users.get(collection.username);
      const org = organizations.get(collection.namespace);
      const row = overlay(collectionDetailData, {
        ...collection,
        repositories: collected(collection),
        user_likes: signedIn(call) && likedCollections.has(collection.id),
        can_write: mine,
        can_manage: mine,
        avatar: org ? text(org['logo']) : (owner?.avatar ?? ''),
      });
      return answer(200, { ...collectionDetail, data: row });
    },
    createCollection: ({ body }) => {
      const refused = full();
      if (refused) return refused;
      const at = tick();
      const collection: CollectionRecord = {
        id: nextId++,
        username: CURRENT_USER,
        namespace: text(body['namespace']),
        theme: text(body['theme']),
        name: text(body['name']),
        nickname: text(body['nickname']),
        description: text(body['description']),
        private: body['private'] === true,
        likes: 0,
        repositories: [],
        created_at: at,
        updated_at: at,
      };
      collections.set(collection.id, collection);
      created++;
      return stored(collection, collectionCreated);
    },
    updateCollection: (call) => {
      const collection = collections.get(collectionId(call));
      if (!collection) return collectionGone(call);
      // Every field is written: one left out becomes empty; the owner never changes.
      const changed: CollectionRecord = {
        ...collection,
        name: text(call.body['name']),
        nickname: text(call.body['nickname']),
        description: text(call.body['description']),
        theme: text(call.body['theme']),
        private: call.body['private'] === true,
        updated_at: tick(),
      };
      collections.set(changed.id, changed);
      return stored(changed, collectionUpdated);
    },
    deleteCollection: (call) => {
      if (!collections.delete(collectionId(call))) return collectionGone(call);
      return undefined;
    },
    addCollectionRepos: (call) => {
      const collection = collections.get(collectionId(call));
      if (!collection) return collectionGone(call);
      const ids = Array.isArray(call.body['repo_ids']) ? call.body['repo_ids'].map(Number) : [];
      const remarks = isObject(call.body['remarks']) ? call.body['remarks'] : {};
      const found = ids.map((id) => ({ id, repo: repositoryById(id) }));
      // All or none: an unknown id, or one already held (or named twice), refuses them all.
      const held = new Set(collection.repositories.map((r) => `${r.kind}/${r.path}`));
      for (const { repo } of found) {
        if (!repo || held.has(`${repo.kind}/${repo.path}`)) return call.specAnswer(500);
        held.add(`${repo.kind}/${repo.path}`);
      }
      if (collection.repositories.length + found.length > maxRecords) {
        return answer(500, { msg: fullMessage(maxRecords, 'repositories in a collection') });
      }
      const added = found.flatMap(({ id, repo }) =>
        repo ? [{ ...repo, remark: text(remarks[String(id)]) }] : [],
      );
      collections.set(collection.id, {
        ...collection,
        repositories: [...collection.repositories, ...added],
      });
      return undefined;
    },
    removeCollectionRepos: (call) => {
      const collection = collections.get(collectionId(call));
      if (!collection) return collectionGone(call);
      const ids = Array.isArray(call.body['repo_ids']) ? call.body['repo_ids'].map(Number) : [];
      const gone = new Set(
        ids.map((id) => repositoryById(id)).flatMap((r) => (r ? [`${r.kind}/${r.path}`] : [])),
      );
      collections.set(collection.id, {
        ...collection,
        repositories: collection.repositories.filter((r) => !gone.has(`${r.kind}/${r.path}`)),
      });
      return undefined;
    },
    listOrganizations: ({ query }) => {
      const search = text(query['search']).toLowerCase();
      const type = text(query['org_type']);
      const status = text(query['verify_status']);
      const tag = text(query['tag']).toLowerCase();
      const found = [...organizations.values()]
        .filter(
          (org) =>
            (!search ||
              org.path.toLowerCase().includes(search) ||
              org.name.toLowerCase().includes(search)) &&
            (!type || org['org_type'] === type) &&
            (!status || org['verify_status'] === status) &&
            (!tag ||
              (Array.isArray(org['tags']) ? org['tags'] : []).some(
                (t) => isObject(t) && text(t['name']).toLowerCase() === tag,
              )),
        )
        .sort((a, b) => a.created_at.localeCompare(b.created_at));
      const page = paged(found, query);
      const data = page.data.map((org) => overlay(orgListTemplate, orgValues(org)));
      return answer(200, {
        ...orgList,
        data: { data: data.length > 0 ? data : null, total: page.total },
      });
    },
    getOrganization: (call) => {
      const org = organizations.get(call.params['namespace'] ?? '');
      if (!org) return answer(404, NOT_FOUND);
      return answer(200, { ...orgDetail, data: overlay(orgDetail['data'], orgValues(org)) });
    },
    listOrganizationMembers: (call) => {
      const org = organizations.get(call.params['namespace'] ?? '');
      if (!org) return answer(404, NOT_FOUND);
      const member = signedIn(call) && org.members.some((m) => m.username === CURRENT_USER);
      const page = paged(org.members, call.query);
      const data = page.data.map((m) => {
        const user = users.get(m.username);
        return overlay(member ? memberTemplate : anonymousTemplate, {
          ...m,
          nickname: user?.nickname ?? m.username,
          uuid: user?.uuid ?? '',
          avatar: user?.avatar ?? '',
        });
      });
      return answer(200, {
        ...memberList,
        data: { data: data.length > 0 ? data : null, total: page.total },
      });
    },
    addOrganizationMembers: (call) => {
      const org = organizations.get(call.params['namespace'] ?? '');
      if (!org) return call.specAnswer(500);
      const role = text(call.body['role']) as OrganizationRole;
      const members = [...org.members];
      // One after another: an unknown name stops the call, the ones before it stay added.
      for (const username of text(call.body['users'])
        .split(',')
        .map((u) => u.trim())) {
        if (!users.has(username) || members.length >= maxRecords) {
          organizations.set(org.path, { ...org, members });
          return call.specAnswer(500);
        }
        if (!members.some((m) => m.username === username)) {
          members.push({ username, role, last_login_at: ZERO_TIME });
        }
      }
      organizations.set(org.path, { ...org, members });
      return undefined;
    },
    changeOrganizationMemberRole: (call) => {
      const org = organizations.get(call.params['namespace'] ?? '');
      const username = call.params['username'] ?? '';
      if (!org?.members.some((m) => m.username === username)) return call.specAnswer(500);
      const role = text(call.body['new_role']) as OrganizationRole;
      organizations.set(org.path, {
        ...org,
        members: org.members.map((m) => (m.username === username ? { ...m, role } : m)),
      });
      return undefined;
    },
    removeOrganizationMember: (call) => {
      const org = organizations.get(call.params['namespace'] ?? '');
      if (!org) return call.specAnswer(500);
      const username = call.params['username'] ?? '';
      // Nothing is removed when the role sent is not the member's.
      const members = org.members.filter(
        (m) => m.username !== username || m.role !== call.body['role'],
      );
      organizations.set(org.path, { ...org, members });
      return undefined;
    },
    listDiscussions: (call) => {
      const path = discussionRepo(call);
      if (!path) return missing(call);
      const kind = call.params['repo_type'];
      const found = [...discussions.values()]
        .filter((d) => d.repo_path === path && d.repo_type === kind)
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
      const page = paged(found, call.query);
      return answer(200, {
        ...discussionList,
        total: page.total,
        data: { ...discussionData, discussions: page.data.map(discussionRow) },
      });
    },
    createDiscussion: (call) => {
      const path = discussionRepo(call);
      if (!path) return missing(call);
      const refused = full();
      if (refused) return refused;
      const discussion: DiscussionRecord = {
        id: nextId++,
        repo_type: call.params['repo_type'] ?? '',
        repo_path: path,
        title: text(call.body['title']),
        username: CURRENT_USER,
        created_at: tick(),
        comments: [],
      };
      discussions.set(discussion.id, discussion);
      created++;
      return answer(200, {
        ...discussionCreated,
        data: overlay(discussionCreated['data'], discussionRow(discussion) as Row),
      });
    },
    getDiscussion: (call) => {
      const discussion = discussions.get(Number(call.params['id']));
      if (!discussion) return missing(call);
      const page = paged(newestComments(discussion), call.query);
      const data = isObject(discussionDetail['data']) ? discussionDetail['data'] : {};
      return answer(200, {
        ...discussionDetail,
        data: {
          ...(overlay(data, discussionRow(discussion) as Row) as Row),
          comments: {
            data: page.data.map(commentRow),
            total: page.total,
            page: page.page,
            per: page.per,
          },
        },
      });
    },
    updateDiscussion: (call) => {
      const discussion = discussions.get(Number(call.params['id']));
      if (!discussion) return missing(call);
      discussions.set(discussion.id, { ...discussion, title: text(call.body['title']) });
      return undefined;
    },
    deleteDiscussion: (call) => {
      if (!discussions.delete(Number(call.params['id']))) return missing(call);
      return undefined;
    },
    listDiscussionComments: (call) => {
      const discussion = discussions.get(Number(call.params['id']));
      if (!discussion) return missing(call);
      const page = paged(newestComments(discussion), call.query);
      return answer(200, { ...commentList, total: page.total, data: page.data.map(commentRow) });
    },
    createDiscussionComment: (call) => {
      const discussion = discussions.get(Number(call.params['id']));
      if (!discussion) return missing(call);
      const refused = full();
      if (refused) return refused;
      const comment: CommentRecord = {
        id: nextId++,
        content: text(call.body['content']),
        username: CURRENT_USER,
        created_at: tick(),
      };
      discussions.set(discussion.id, {
        ...discussion,
        comments: [...discussion.comments, comment],
      });
      created++;
      return answer(200, {
        ...commentCreated,
        data: overlay(commentCreated['data'], {
          id: comment.id,
          commentable_id: discussion.id,
          commentable_type: 'discussion',
          created_at: comment.created_at,
          user: author(CURRENT_USER),
        }),
      });
    },
    updateDiscussionComment: (call) =>
      changeComment(call, (c) => ({ ...c, content: text(call.body['content']) })),
    deleteDiscussionComment: (call) => changeComment(call, () => undefined),
    getAccountBalance: (call) => {
      const user = userByUuid(call.params['id'] ?? '');
      if (!user) return undefined;
      const { cash, bonus, balance } = accountOf(user.uuid);
      return answer(200, {
        ...balanceExample,
        data: overlay(balanceExample['data'], {
          userUUID: user.uuid,
          balance,
          composition: { cash, bonus },
          low_balance_warn: 5000,
          low_balance_warnat: ZERO_TIME,
          negative_balance_warnat: ZERO_TIME,
        }),
      });
    },
    listAccountBalances: ({ query }) => {
      const page = paged([...users.values()], query);
      const data = page.data.map((user) => {
        const { cash, balance } = accountOf(user.uuid);
        return overlay(balancesTemplate, {
          id: user.id,
          user_uuid: user.uuid,
          balance: balance - cash,
          cash_balance: cash,
          low_balance_warn: 5000,
          low_balance_warn_at: ZERO_TIME,
          negative_balance_warn_at: ZERO_TIME,
        });
      });
      return answer(200, { ...balancesExample, data: { total: page.total, data } });
    },
    listAccountBills: (call) => {
      const user = userByUuid(call.params['id'] ?? '');
      if (!user) return undefined;
      const { query } = call;
      const scene = Number(query['scene']);
      const from = `${text(query['start_date'])}T00:00:00Z`;
      const to = `${text(query['end_date'])}T23:59:59Z`;
      const byInstance = new Map<string, Row>();
      for (const s of statements) {
        if (s.user_uuid !== user.uuid || s.scene !== scene || !instanceFilter(query)(s)) continue;
        if (s.created_at < from || s.created_at > to) continue;
        const bill = byInstance.get(s.customer_id) ?? {
          instance_name: s.customer_id,
          repo_path: s.repo_path,
          value: 0,
          consumption: 0,
          created_at: s.created_at,
          unit_type: 'minute',
        };
        bill['value'] = number(bill['value']) + s.value;
        bill['consumption'] = number(bill['consumption']) + s.consumption;
        if (s.created_at > text(bill['created_at'])) bill['created_at'] = s.created_at;
        byInstance.set(s.customer_id, bill);
      }
      const bills = [...byInstance.values()]
        .sort(
          (a, b) =>
            text(b['created_at']).localeCompare(text(a['created_at'])) ||
            text(a['instance_name']).localeCompare(text(b['instance_name'])),
        )
        .map((bill) => overlay(billTemplate, { ...bill, cash_value: bill['value'] }) as Row);
      return accountPage(billsExample, bills, query, bills);
    },
    listAccountStatements: (call) => {
      const user = userByUuid(call.params['id'] ?? '');
      if (!user) return undefined;
      const { query } = call;
      const scene = Number(query['scene']);
      const at = (value: unknown) => `${text(value).replace(' ', 'T')}Z`;
      const [from, to] = [at(query['start_time']), at(query['end_time'])];
      let cash = 0;
      const balances = new Map<number, number>();
      for (const s of statements) {
        if (s.user_uuid !== user.uuid) continue;
        if (s.scene !== 1) cash += s.value;
        balances.set(s.id, cash);
      }
      const rows = statements
        .filter(
          (s) =>
            s.user_uuid === user.uuid &&
            s.scene === scene &&
            s.created_at >= from &&
            s.created_at <= to &&
            instanceFilter(query)(s),
        )
        .reverse()
        .map(
          (s) =>
            overlay(statementTemplate, {
              ...s,
              event_uuid: `${user.uuid.slice(0, 24)}${String(s.id).padStart(12, '0')}`,
              event_date: `${s.created_at.slice(0, 10)}T00:00:00Z`,
              recorded_at: s.created_at,
              balance_type: s.scene === 1 ? 'bonus_balance' : 'cash_balance',
              balance_value: balances.get(s.id) ?? 0,
              event_value: s.value,
              regular_value: s.value,
              sku_unit_type: s.scene === 1 || s.scene === 3 ? '' : 'minute',
            }) as Row,
        );
      return accountPage(statementsExample, rows, query, rows);
    },
  };

  return {
    ...layered(inner, handlers, {
      state: () => ({
        users: [...users.values()],
        organizations: [...organizations.values()],
        collections: [...collections.values()],
        discussions: [...discussions.values()],
        statements,
        likedCollections: [...likedCollections],
      }),
      reset,
    }),
    user: (username) => users.get(username),
  };
}

import { CSGHub } from 'csgkit/csghub';

const csghub = new CSGHub(); // token from CSGHUB_TOKEN

// The token's own user, and "my models" without knowing the user name.
const me = await csghub.me();
for await (const model of csghub.users.listModels(me.username)) {
  console.log(model.path);
}

// An organization's members, and a collection gathering repositories.
for await (const member of csghub.organizations.members.list('OpenCSG')) {
  console.log(member.username, member.role);
}
const collection = await csghub.collections.create({
  name: 'chinese-llm-starter',
  nickname: 'Chinese LLM starter kit',
  description: 'Small Chinese language models and the datasets to fine-tune them.',
});
// Repository ids are the `repository_id` of a model, dataset, code repo, space or MCP server.
await csghub.collections.addRepos(collection.id, { repo_ids: [4521, 6033] });

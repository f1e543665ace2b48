import type { Transport } from '../../../internal/transport.js';
import { AgentInstances } from './instances.js';
import { AgentKnowledgeBases } from './knowledge-bases.js';
import { AgentMcpServers } from './mcp-servers.js';
import { AgentMessages } from './messages.js';
import { AgentPreferences } from './preferences.js';
import { AgentPrompts } from './prompts.js';
import { AgentSessions } from './sessions.js';
import { AgentTasks } from './tasks.js';
import { AgentTemplates } from './templates.js';

/**
 * The hub's agents: instances made from templates, their sessions and messages, and what
 * agents work with. Served by the enterprise and SaaS editions of the hub.
 */
export class Agents {
  /** Agent instances: create, change, delete, share and watch their state. */
  readonly instances: AgentInstances;
  /** Conversations with an agent instance. */
  readonly sessions: AgentSessions;
  /** The messages of a session: record, rate and rewrite them. */
  readonly messages: AgentMessages;
  /** Pins and per-instance settings. */
  readonly preferences: AgentPreferences;
  /** Knowledge bases agents answer from. */
  readonly knowledgeBases: AgentKnowledgeBases;
  /** Templates agent instances are created from. */
  readonly templates: AgentTemplates;
  /** The user's prompts as agents pick them, and prompt rewriting. */
  readonly prompts: AgentPrompts;
  /** Fine-tuning jobs and deploys agents started. */
  readonly tasks: AgentTasks;
  /** MCP servers agents call. */
  readonly mcpServers: AgentMcpServers;

  constructor(transport: Transport) {
    this.instances = new AgentInstances(transport);
    this.sessions = new AgentSessions(transport);
    this.messages = new AgentMessages(transport);
    this.preferences = new AgentPreferences(transport);
    this.knowledgeBases = new AgentKnowledgeBases(transport);
    this.templates = new AgentTemplates(transport);
    this.prompts = new AgentPrompts(transport);
    this.tasks = new AgentTasks(transport);
    this.mcpServers = new AgentMcpServers(transport);
  }
}

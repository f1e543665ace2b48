/** The five repository kinds, with the singular the seed's `get model …` form uses. */
export const KINDS = [
  ['models', 'model'],
  ['datasets', 'dataset'],
  ['codes', 'code'],
  ['spaces', 'space'],
  ['mcps', 'mcp'],
] as const;
export type Kind = (typeof KINDS)[number][0];

/** Each kind as a sentence names one repository of it. */
export const SINGULAR: Record<Kind, string> = {
  models: 'model',
  datasets: 'dataset',
  codes: 'code repository',
  spaces: 'space',
  mcps: 'MCP server',
};

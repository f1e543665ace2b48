/** The five repository kinds, with the singular the seed's `get model …` form uses. */
export const KINDS = [
  ['models', 'model'],
  ['datasets', 'dataset'],
  ['codes', 'code'],
  ['spaces', 'space'],
  ['mcps', 'mcp'],
] as const;
export type Kind = (typeof KINDS)[number][0];

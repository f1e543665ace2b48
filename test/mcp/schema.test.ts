/** The JSON Schema subset checker behind `call_operation`'s argument checks. */
import { describe, expect, it } from 'vitest';
import { check } from '../../cli/mcp/schema.js';

const schemas = {
  Node: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 8, pattern: '^[a-z]+$' },
      size: { type: ['integer', 'null'], minimum: 0 },
      kind: { enum: ['a', 'b'] },
      child: { $ref: '#/schemas/Node' },
      tags: { type: 'array', items: { type: 'string' } },
      either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
    },
  },
};
const node = { $ref: '#/schemas/Node' };

describe('check', () => {
  it('accepts a value that fits, through $ref, null types and anyOf', () => {
    expect(
      check(
        node,
        { name: 'a', size: null, kind: 'b', tags: ['x'], either: 2, child: { name: 'b' } },
        schemas,
      ),
    ).toEqual([]);
  });

  it('names each problem with its place', () => {
    expect(
      check(
        node,
        { size: -1, kind: 'c', extra: 1, tags: [1], either: true, child: { name: 'B1' } },
        schemas,
        'body',
      ),
    ).toEqual([
      'body.name: required',
      'body.size: must be ≥ 0',
      'body.kind: must be one of "a", "b"',
      'body.extra: not allowed',
      'body.tags[0]: expected string, got integer',
      'body.either: matches none of the allowed forms',
      'body.child.name: must match ^[a-z]+$',
    ]);
    expect(check({ type: 'integer' }, 1.5, schemas)).toEqual([
      '(value): expected integer, got number',
    ]);
  });

  it('stops at eight problems and at a depth limit, however deep the value', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`x${i}`, i]));
    expect(check(node, { name: 'a', ...many }, schemas)).toHaveLength(8);
    let deep: Record<string, unknown> = { name: 'z' };
    for (let i = 0; i < 10_000; i++) deep = { name: 'a', child: deep };
    expect(check(node, deep, schemas)).toEqual([]);
  });
});

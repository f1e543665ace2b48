/**
 * The arguments of a sample's method call: the declared method's parameters, in its order and
 * shape, filled from the operation's example values. The TypeScript samples print them; the
 * unit tests call the method with them.
 */
import type { MethodParam, ParamShape } from './client-methods.js';
import { isObject, text, type Json, type OperationFacts } from './sample-facts.js';

const normalize = (name: string) => name.replace(/[_-]/g, '').toLowerCase();

function coerce(value: Json, shape: ParamShape): Json {
  if (shape.kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : 1;
  }
  if (shape.kind === 'boolean') return typeof value === 'boolean' ? value : value === 'true';
  if (shape.kind === 'string') {
    const [first] = shape.literals;
    return first === undefined || shape.literals.includes(text(value)) ? text(value) : first;
  }
  return value;
}

const fallback = (shape: ParamShape): Json =>
  shape.kind === 'number'
    ? 1
    : shape.kind === 'boolean'
      ? true
      : shape.kind === 'string'
        ? (shape.literals[0] ?? 'example')
        : {};

/** The argument list: literal values, `undefined` for an optional one skipped in between. */
export function argumentsFor(params: MethodParam[], facts: OperationFacts): (Json | undefined)[] {
  const unusedPath = new Map(facts.pathParams.map((p) => [p.name, p.value]));
  const take = (name: string) => {
    const value = unusedPath.get(name);
    unusedPath.delete(name);
    return value;
  };
  let bodyUsed = false;
  const args: (Json | undefined)[] = [];
  let last = -1;
  params.forEach((param, i) => {
    const value = argumentFor(param);
    args.push(value);
    if (value !== undefined) last = i;
  });
  return args.slice(0, last + 1);

  function argumentFor(param: MethodParam): Json | undefined {
    const { shape } = param;
    switch (shape.kind) {
      case 'options':
      case 'other':
        return undefined;
      case 'repoId': {
        if (!unusedPath.has('namespace') || !unusedPath.has('name')) return 'namespace/name';
        return `${text(take('namespace') ?? '')}/${text(take('name') ?? '')}`;
      }
      case 'object':
        return objectFor(param, shape.properties);
      default: {
        const named = [...unusedPath.keys()].find((n) => normalize(n) === normalize(param.name));
        const positional = named ?? unusedPath.keys().next().value;
        if (positional !== undefined) return coerce(take(positional) ?? null, shape);
        const query = facts.query.find((q) => normalize(q.name) === normalize(param.name));
        if (query) return coerce(query.value, shape);
        return param.optional ? undefined : fallback(shape);
      }
    }
  }

  function objectFor(
    param: MethodParam,
    properties: { name: string; required: boolean; shape: ParamShape }[],
  ): Json | undefined {
    const known = new Map(properties.map((p) => [p.name, p]));
    const result: Record<string, Json> = {};
    const body = facts.body;
    const bodyKeys = isObject(body) ? Object.keys(body) : [];
    const takesBody =
      !bodyUsed &&
      body !== undefined &&
      (known.size === 0 ||
        bodyKeys.some((k) => known.has(k)) ||
        !facts.query.some((q) => known.has(q.name)));
    if (takesBody) {
      bodyUsed = true;
      if (!isObject(body) || known.size === 0) return body;
      for (const [key, value] of Object.entries(body)) if (known.has(key)) result[key] = value;
    } else {
      for (const q of facts.query) if (q.required && known.has(q.name)) result[q.name] = q.value;
    }
    for (const prop of properties) {
      if (!prop.required || prop.name in result) continue;
      const fromPath = unusedPath.has(prop.name) ? take(prop.name) : undefined;
      const fromQuery = facts.query.find((q) => q.name === prop.name)?.value;
      const fromBody = isObject(body) ? body[prop.name] : undefined;
      result[prop.name] = coerce(
        fromPath ?? fromQuery ?? fromBody ?? fallback(prop.shape),
        prop.shape,
      );
    }
    if (Object.keys(result).length === 0 && param.optional) return undefined;
    return result;
  }
}

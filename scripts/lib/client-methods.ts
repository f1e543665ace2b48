/**
 * What the docs' code samples need from the client method each operation declares
 * (`x-csgkit-method: models.list`): its parameters and what it returns, read by the TypeScript
 * checker from the method's signature alone, plus the client's class, the environment variables
 * its options document, and its raw-client escape hatch. Nothing here reads a method body: the
 * declaration says which method serves an operation, the signature says how to call it.
 */
import path from 'node:path';
import ts from 'typescript';
import { ROOT, listOperations, type ApiEntry, type OpenApiDocument } from '../../tooling/apis.js';

/** The shape of a method parameter, as far as writing an argument for it needs. */
export type ParamShape =
  | { kind: 'repoId' }
  | { kind: 'string'; literals: string[] }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'object'; properties: PropertyShape[] }
  | { kind: 'options' }
  | { kind: 'other' };

export interface PropertyShape {
  name: string;
  required: boolean;
  shape: ParamShape;
}

export interface MethodParam {
  name: string;
  optional: boolean;
  shape: ParamShape;
}

/** What a call gives back: pages or a stream to iterate, a value to await, or nothing. */
export interface MethodResult {
  kind: 'pages' | 'stream' | 'value' | 'nothing';
  /** The named type of the value or item, e.g. `Model` (`plural` for `Model[]`). */
  type: { name: string; plural: boolean } | undefined;
}

export interface ClientMethod {
  /** Property names from the client instance to the method: `['models', 'list']`. */
  path: string[];
  params: MethodParam[];
  result: MethodResult;
}

export interface ClientMap {
  /** The client class, e.g. `CSGHub`. */
  className: string;
  /** The environment variables the client reads (its options' `@default process.env.…`), in order. */
  env: string[];
  /** operationId → the method it declares. */
  byOperation: ReadonlyMap<string, ClientMethod>;
  /**
   * An exported function of the API's entry point that takes the client and gives the raw
   * typed client (`createRawClient(cfgpu)`), for operations no method wraps.
   */
  rawClient: string | undefined;
}

/** operationId → the dotted method path it declares, for the operations that declare one. */
export function declaredMethods(doc: OpenApiDocument): Map<string, string> {
  return new Map(
    listOperations(doc).flatMap((op) =>
      op.clientMethod === undefined ? [] : [[op.operationId, op.clientMethod] as const],
    ),
  );
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as {
    config: unknown;
  };
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, { noEmit: true }, configFile).options;
}

/** Return types that only wrap what a call gives: `APIPromise<Model>` gives a `Model`. */
const WRAPPERS = new Set(['APIPromise', 'Promise', 'AsyncIterable', 'AsyncGenerator']);

/**
 * Reads the declared methods of one API (a TypeScript program over its entry point: about a
 * second). `declared` maps operationIds to dotted paths; a path that names no public method
 * throws.
 */
export function mapClient(api: ApiEntry, declared: ReadonlyMap<string, string>): ClientMap {
  const indexFile = path.join(ROOT, 'src', api.name, 'index.ts');
  const program = ts.createProgram({ rootNames: [indexFile], options: compilerOptions() });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${api.name}: cannot read ${indexFile}`);
  const exported = checker.getExportsOfModule(moduleSymbol).map((symbol) => ({
    name: symbol.getName(),
    symbol: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol,
  }));

  const client = exported.find(
    (e) => e.symbol.flags & ts.SymbolFlags.Class && e.name.toLowerCase() === api.name,
  );
  if (!client) throw new Error(`${api.name}: no client class exported by ${indexFile}`);
  const className = client.name;
  const clientClass = client.symbol;
  const clientType = checker.getDeclaredTypeOfSymbol(clientClass);

  /** Exported type aliases by the type they name: `Model` for `Schemas['Model']`. */
  const aliasNames = new Map<ts.Type, string>();
  for (const { name, symbol } of exported) {
    if (symbol.flags & ts.SymbolFlags.TypeAlias) {
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      if (!aliasNames.has(type)) aliasNames.set(type, name);
    }
  }

  const typeName = (type: ts.Type): string | undefined => {
    const named = (type.aliasSymbol ?? type.getSymbol())?.getName();
    return named?.startsWith('__') ? undefined : named;
  };

  const typeArguments = (type: ts.Type): readonly ts.Type[] =>
    type.aliasTypeArguments ??
    (type.flags & ts.TypeFlags.Object &&
    (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
      ? checker.getTypeArguments(type as ts.TypeReference)
      : []);

  /**
   * The type a declared return type gives, as written (`APIPromise<Model[]>` → `Model`,
   * plural), through promises and pages. A type parameter (`APIPromise<Repo>` in a base class)
   * is named by the exported alias of the type it stands for, read from `type`: the same
   * position in the return type as the method instantiates it.
   */
  function declaredType(
    node: ts.TypeNode | undefined,
    type: ts.Type | undefined,
  ): MethodResult['type'] {
    if (!node) return undefined;
    if (ts.isArrayTypeNode(node)) {
      const item = declaredType(node.elementType, type && typeArguments(type)[0]);
      return item && { name: item.name, plural: true };
    }
    if (ts.isUnionTypeNode(node)) {
      const rest = node.types.filter(
        (t) =>
          t.kind !== ts.SyntaxKind.UndefinedKeyword &&
          !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword),
      );
      return rest.length === 1
        ? declaredType(rest[0], type && checker.getNonNullableType(type))
        : undefined;
    }
    if (!ts.isTypeReferenceNode(node)) return undefined;
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    const args = node.typeArguments ?? [];
    const types = type ? typeArguments(type) : [];
    if (name === 'PagePromise') return declaredType(args[1], types[1]);
    if (WRAPPERS.has(name)) return declaredType(args[0], types[0]);
    if (!(checker.getTypeAtLocation(node).flags & ts.TypeFlags.TypeParameter))
      return { name, plural: false };
    const instantiated = type && (aliasNames.get(type) ?? typeName(type));
    return instantiated === undefined ? undefined : { name: instantiated, plural: false };
  }

  function shapeOf(type: ts.Type, depth: number): ParamShape {
    const t = checker.getNonNullableType(type);
    if (typeName(t)?.endsWith('Options')) return { kind: 'options' };
    if (t.isUnion()) {
      const members = t.types;
      const literals = members.filter((m) => m.isStringLiteral());
      if (literals.length === members.length)
        return { kind: 'string', literals: literals.map((m) => m.value) };
      if (members.every((m) => m.flags & ts.TypeFlags.BooleanLike)) return { kind: 'boolean' };
      if (members.every((m) => m.flags & ts.TypeFlags.NumberLike)) return { kind: 'number' };
      const objectPart = members.find((m) => m.flags & ts.TypeFlags.Object);
      if (
        objectPart &&
        members.some((m) => m.flags & ts.TypeFlags.String) &&
        checker.getPropertyOfType(objectPart, 'namespace') &&
        checker.getPropertyOfType(objectPart, 'name')
      )
        return { kind: 'repoId' };
      if (members.some((m) => m.flags & ts.TypeFlags.String))
        return { kind: 'string', literals: [] };
      return { kind: 'other' };
    }
    if (t.isStringLiteral()) return { kind: 'string', literals: [t.value] };
    if (t.flags & ts.TypeFlags.StringLike) return { kind: 'string', literals: [] };
    if (t.flags & ts.TypeFlags.NumberLike) return { kind: 'number' };
    if (t.flags & ts.TypeFlags.BooleanLike) return { kind: 'boolean' };
    if (t.flags & ts.TypeFlags.Object || t.isIntersection()) {
      if (checker.isArrayType(t) || depth > 0) return { kind: 'other' };
      const properties = checker.getPropertiesOfType(t).map((prop) => ({
        name: prop.getName(),
        required: !(prop.flags & ts.SymbolFlags.Optional),
        shape: shapeOf(checker.getTypeOfSymbol(prop), depth + 1),
      }));
      return { kind: 'object', properties };
    }
    return { kind: 'other' };
  }

  function resultOf(signature: ts.Signature): MethodResult {
    const returned = signature.getReturnType();
    const type = declaredType(signature.getDeclaration().type, returned);
    if (typeName(returned) === 'PagePromise') return { kind: 'pages', type };
    const thenable = checker.getPropertyOfType(returned, 'then');
    const iterable = checker
      .getPropertiesOfType(returned)
      .some((p) => p.getName().startsWith('__@asyncIterator'));
    if (iterable && !thenable) return { kind: 'stream', type };
    const awaited = checker.getAwaitedType(returned) ?? returned;
    if (awaited.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))
      return { kind: 'nothing', type: undefined };
    return { kind: 'value', type };
  }

  function describe(operationId: string, dotted: string): ClientMethod {
    const steps = dotted.split('.');
    let type: ts.Type = clientType;
    for (const step of steps) {
      const member = checker.getPropertyOfType(type, step);
      const declaration = member?.valueDeclaration;
      const hidden =
        declaration !== undefined &&
        ts.getCombinedModifierFlags(declaration) &
          (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
      if (!member || hidden)
        throw new Error(`${operationId}: ${className} has no public ${dotted}`);
      type = checker.getTypeOfSymbol(member);
    }
    // Overloads list the most general signature last.
    const signature = type.getCallSignatures().at(-1);
    if (!signature) throw new Error(`${operationId}: ${dotted} is not a method`);
    const params = signature.getParameters().map((param) => {
      const decl = param.valueDeclaration;
      const optional =
        decl !== undefined && ts.isParameter(decl) && checker.isOptionalParameter(decl);
      const shape: ParamShape =
        param.getName() === 'options'
          ? { kind: 'options' }
          : shapeOf(checker.getTypeOfSymbol(param), 0);
      return { name: param.getName(), optional, shape };
    });
    return { path: steps, params, result: resultOf(signature) };
  }

  /** `@default process.env.CSGHUB_TOKEN` on the options the constructor takes. */
  function envOf(): string[] {
    const construct = checker.getTypeOfSymbol(clientClass).getConstructSignatures()[0];
    const options = construct?.getParameters()[0];
    if (!options) return [];
    const found: string[] = [];
    for (const prop of checker.getPropertiesOfType(checker.getTypeOfSymbol(options))) {
      for (const tag of prop.getJsDocTags(checker)) {
        if (tag.name !== 'default') continue;
        for (const m of ts.displayPartsToString(tag.text).matchAll(/process\.env\.(\w+)/g))
          if (m[1] && !found.includes(m[1])) found.push(m[1]);
      }
    }
    return found;
  }

  /** The entry point's export whose one parameter is the client. */
  function rawClientOf(): string | undefined {
    for (const { name, symbol } of exported) {
      const decl = symbol.valueDeclaration;
      if (!decl || !ts.isFunctionDeclaration(decl)) continue;
      const [param, ...rest] = decl.parameters;
      if (param && rest.length === 0 && checker.getTypeAtLocation(param) === clientType)
        return name;
    }
    return undefined;
  }

  const byOperation = new Map<string, ClientMethod>();
  for (const [operationId, dotted] of declared)
    byOperation.set(operationId, describe(operationId, dotted));
  return { className, env: envOf(), byOperation, rawClient: rawClientOf() };
}

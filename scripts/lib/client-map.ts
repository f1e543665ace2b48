/**
 * Finds, by static analysis of `src/`, which public client method calls which operation:
 * `csghub.models.list` → `listModels`. The docs' code samples are written from this map, so
 * they name methods that exist and change when the client does.
 *
 * It starts at the client class in `src/<api>/client.ts`, follows its public properties whose
 * types are classes of `src/` (nested resources included), and for each public method collects
 * the generated operations (`generated/<api>.operations.ts`) it reaches: referenced in its body,
 * through fields set by constructors (`super(transport, { list: ops.listModels, … })`), through
 * private helpers (`#method`, `protected`, functions of `src/`) and, one hop further each time,
 * through other public methods of the same object (a waiter calling `getStatus`).
 */
import path from 'node:path';
import ts from 'typescript';
import { ROOT, type ApiEntry } from '../../tooling/apis.js';

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
  /** The declared type of the value or item, e.g. `Model` (`plural` for `Model[]`). */
  type: { name: string; plural: boolean } | undefined;
}

export interface ClientMethod {
  /** Property names from the client instance to the method: `['models', 'list']`. */
  path: string[];
  /** Operations the method reaches, each with the public-method hops on the way (0: direct). */
  operations: ReadonlyMap<string, number>;
  params: MethodParam[];
  result: MethodResult;
}

export interface ClientMap {
  /** The client class, e.g. `CSGHub`. */
  className: string;
  /** The environment variables the client reads (`readEnv('CSGHUB_TOKEN')`), in order. */
  env: string[];
  /** Every public method reachable from a client instance, in declaration order. */
  methods: ClientMethod[];
  /** operationId → the method samples use for it (the most direct one). */
  byOperation: ReadonlyMap<string, ClientMethod>;
  /**
   * An exported function of the API's entry point that takes the client and gives the raw
   * typed client (`createRawClient(cfgpu)`), for operations no method wraps.
   */
  rawClient: string | undefined;
}

type Value =
  | { kind: 'ops'; ops: ReadonlySet<string> }
  | { kind: 'object'; props: ReadonlyMap<string, Value | undefined> }
  | { kind: 'instance'; instance: Instance }
  | undefined;

/** An object as the analysis sees it: its class and what its constructors stored in it. */
interface Instance {
  cls: ts.ClassDeclaration;
  fields: Map<string, Value>;
}

interface Frame {
  instance: Instance | undefined;
  /** The class whose code runs: `this.#x` means that class's `#x`. */
  lexical: ts.ClassDeclaration | undefined;
  env: Map<ts.Symbol, Value>;
}

const MAX_DEPTH = 12;

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as {
    config: unknown;
  };
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, { noEmit: true }, configFile).options;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

/** Callable from outside: not `private`, `protected`, `#private` or `static`. */
function isPublicMember(member: ts.ClassElement): boolean {
  if (!member.name || ts.isPrivateIdentifier(member.name)) return false;
  return ![
    ts.SyntaxKind.PrivateKeyword,
    ts.SyntaxKind.ProtectedKeyword,
    ts.SyntaxKind.StaticKeyword,
  ].some((kind) => hasModifier(member, kind));
}

const memberName = (member: ts.ClassElement): string | undefined =>
  member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))
    ? member.name.text
    : undefined;

/** `getInstanceStatus` → `get`, `instance`, `statu`: camelCase words, crudely singular. */
function words(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) =>
      word.endsWith('ies')
        ? `${word.slice(0, -3)}y`
        : word.length > 3
          ? word.replace(/s$/, '')
          : word,
    );
}

/** How many words of the call path the operationId shares: `instances.getStatus` ~ `getInstanceStatus`. */
function likeness(method: ClientMethod, operationId: string): number {
  const opWords = new Set(words(operationId));
  return [...new Set(method.path.flatMap(words))].filter((word) => opWords.has(word)).length;
}

/** Builds the map for one API (a TypeScript program over its client: a few seconds). */
export function mapClient(api: ApiEntry): ClientMap {
  const clientFile = path.join(ROOT, 'src', api.name, 'client.ts');
  const indexFile = path.join(ROOT, 'src', api.name, 'index.ts');
  const program = ts.createProgram({
    rootNames: [clientFile, indexFile],
    options: compilerOptions(),
  });
  const checker = program.getTypeChecker();
  const srcDir = path.join(ROOT, 'src') + path.sep;
  const opsFile = path.resolve(api.operationsFile);
  const inSrc = (node: ts.Node) => path.resolve(node.getSourceFile().fileName).startsWith(srcDir);

  const resolved = (symbol: ts.Symbol | undefined): ts.Symbol | undefined =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  function classOf(symbol: ts.Symbol | undefined): ts.ClassDeclaration | undefined {
    const found = resolved(symbol)?.declarations?.find(ts.isClassDeclaration);
    return found && inSrc(found) ? found : undefined;
  }

  function baseClass(cls: ts.ClassDeclaration): ts.ClassDeclaration | undefined {
    const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const base = heritage?.types[0]?.expression;
    return base ? classOf(checker.getSymbolAtLocation(base)) : undefined;
  }

  /** The class and its bases, most derived first. */
  function chain(cls: ts.ClassDeclaration): ts.ClassDeclaration[] {
    const classes: ts.ClassDeclaration[] = [];
    for (let c: ts.ClassDeclaration | undefined = cls; c; c = baseClass(c)) classes.push(c);
    return classes;
  }

  /** The operationId when `node` names a constant of the generated operation table. */
  function operationOf(node: ts.Node): string | undefined {
    const name = ts.isPropertyAccessExpression(node) ? node.name : node;
    if (!ts.isIdentifier(name)) return undefined;
    const decl = resolved(checker.getSymbolAtLocation(name))?.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl)) return undefined;
    if (path.resolve(decl.getSourceFile().fileName) !== opsFile) return undefined;
    const init = decl.initializer && skipOuter(decl.initializer);
    if (init && ts.isObjectLiteralExpression(init)) {
      for (const prop of init.properties) {
        if (
          ts.isPropertyAssignment(prop) &&
          ts.isIdentifier(prop.name) &&
          prop.name.text === 'id' &&
          ts.isStringLiteral(prop.initializer)
        )
          return prop.initializer.text;
      }
    }
    return ts.isIdentifier(decl.name) ? decl.name.text : undefined;
  }

  const fieldKey = (name: ts.MemberName, lexical: ts.ClassDeclaration | undefined) =>
    ts.isPrivateIdentifier(name) ? `${lexical?.name?.text ?? ''}${name.text}` : name.text;

  function evaluate(node: ts.Expression, frame: Frame, depth = 0): Value {
    if (depth > MAX_DEPTH) return undefined;
    const expr = skipOuter(node);
    const op = operationOf(expr);
    if (op) return { kind: 'ops', ops: new Set([op]) };
    if (ts.isObjectLiteralExpression(expr)) {
      const props = new Map<string, Value>();
      for (const prop of expr.properties) {
        if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name))
          props.set(prop.name.text, evaluate(prop.initializer, frame, depth + 1));
        else if (ts.isShorthandPropertyAssignment(prop))
          props.set(prop.name.text, evaluate(prop.name, frame, depth + 1));
      }
      return { kind: 'object', props };
    }
    if (ts.isNewExpression(expr)) {
      const cls = classOf(checker.getSymbolAtLocation(expr.expression));
      if (!cls) return undefined;
      const args = (expr.arguments ?? []).map((arg) => evaluate(arg, frame, depth + 1));
      return { kind: 'instance', instance: construct(cls, args, depth + 1) };
    }
    if (ts.isIdentifier(expr)) {
      const symbol = checker.getSymbolAtLocation(expr);
      if (!symbol) return undefined;
      if (frame.env.has(symbol)) return frame.env.get(symbol);
      const decl = symbol.valueDeclaration;
      if (
        decl &&
        ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
      )
        return evaluate(decl.initializer, frame, depth + 1);
      return undefined;
    }
    if (ts.isPropertyAccessExpression(expr)) {
      if (expr.expression.kind === ts.SyntaxKind.ThisKeyword)
        return frame.instance?.fields.get(fieldKey(expr.name, frame.lexical));
      const base = evaluate(expr.expression, frame, depth + 1);
      if (base?.kind === 'object') return base.props.get(expr.name.text);
      if (base?.kind === 'instance') return base.instance.fields.get(expr.name.text);
    }
    return undefined;
  }

  /** Runs a class's constructors (its own, then its bases' through `super`) on known arguments. */
  function construct(cls: ts.ClassDeclaration, args: Value[], depth = 0): Instance {
    const instance: Instance = { cls, fields: new Map() };
    if (depth <= MAX_DEPTH) initialize(instance, cls, args, depth);
    return instance;
  }

  function initialize(instance: Instance, cls: ts.ClassDeclaration, args: Value[], depth: number) {
    const ctor = cls.members.find(
      (m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined,
    );
    const base = baseClass(cls);
    const frame: Frame = { instance, lexical: cls, env: new Map() };
    const initializeFields = () => {
      for (const member of cls.members) {
        if (
          ts.isPropertyDeclaration(member) &&
          member.initializer &&
          !hasModifier(member, ts.SyntaxKind.StaticKeyword)
        )
          instance.fields.set(
            fieldKey(member.name as ts.MemberName, cls),
            evaluate(member.initializer, frame, depth + 1),
          );
      }
    };
    if (!ctor?.body) {
      // The implicit constructor passes its arguments on.
      if (base) initialize(instance, base, args, depth + 1);
      initializeFields();
      return;
    }
    ctor.parameters.forEach((param, i) => {
      const symbol = checker.getSymbolAtLocation(param.name);
      if (symbol) frame.env.set(symbol, args[i]);
      if (ts.isIdentifier(param.name) && ts.isParameterPropertyDeclaration(param, ctor))
        instance.fields.set(param.name.text, args[i]);
    });
    if (!base) initializeFields();
    for (const statement of ctor.body.statements) {
      if (!ts.isExpressionStatement(statement)) continue;
      const expr = skipOuter(statement.expression);
      if (ts.isCallExpression(expr) && expr.expression.kind === ts.SyntaxKind.SuperKeyword) {
        if (base) {
          const superArgs = expr.arguments.map((arg) => evaluate(arg, frame, depth + 1));
          initialize(instance, base, superArgs, depth + 1);
        }
        initializeFields();
      } else if (
        ts.isBinaryExpression(expr) &&
        expr.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(expr.left) &&
        expr.left.expression.kind === ts.SyntaxKind.ThisKeyword
      ) {
        instance.fields.set(fieldKey(expr.left.name, cls), evaluate(expr.right, frame, depth + 1));
      }
    }
  }

  /** A method of the object by name, from its most derived class up (`super.` starts higher). */
  function findMethod(
    classes: ts.ClassDeclaration[],
    name: string,
  ): { decl: ts.MethodDeclaration; cls: ts.ClassDeclaration } | undefined {
    for (const cls of classes) {
      const decl = cls.members.find(
        (m): m is ts.MethodDeclaration =>
          ts.isMethodDeclaration(m) && m.body !== undefined && memberName(m) === name,
      );
      if (decl) return { decl, cls };
    }
    return undefined;
  }

  /** The function a plain call runs, when it is written in `src/`. */
  function functionOf(callee: ts.Expression): ts.FunctionLikeDeclaration | undefined {
    const decl = resolved(checker.getSymbolAtLocation(callee))?.valueDeclaration;
    if (!decl || !inSrc(decl)) return undefined;
    if (ts.isFunctionDeclaration(decl) && decl.body) return decl;
    if (ts.isVariableDeclaration(decl) && decl.initializer) {
      const init = skipOuter(decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
    }
    return undefined;
  }

  const reached = new WeakMap<Instance, Map<ts.Node, Map<string, number>>>();

  /** The operations a function reaches on `instance`, with their public-method hops. */
  function reach(
    instance: Instance,
    fn: ts.FunctionLikeDeclaration,
    lexical: ts.ClassDeclaration | undefined,
    stack: Set<ts.Node>,
  ): Map<string, number> {
    const memo = reached.get(instance) ?? new Map<ts.Node, Map<string, number>>();
    reached.set(instance, memo);
    const known = memo.get(fn);
    if (known) return known;
    const result = new Map<string, number>();
    if (stack.has(fn) || !fn.body) return result;
    stack.add(fn);
    const add = (op: string, cost: number) => {
      result.set(op, Math.min(result.get(op) ?? cost, cost));
    };
    const merge = (found: Map<string, number>, cost: number) => {
      for (const [op, hops] of found) add(op, hops + cost);
    };
    const frame: Frame = { instance, lexical, env: new Map() };
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
        const value = evaluate(node, frame);
        if (value?.kind === 'ops') for (const op of value.ops) add(op, 0);
      }
      if (ts.isCallExpression(node)) {
        const callee = skipOuter(node.expression);
        if (
          ts.isPropertyAccessExpression(callee) &&
          (callee.expression.kind === ts.SyntaxKind.ThisKeyword ||
            callee.expression.kind === ts.SyntaxKind.SuperKeyword)
        ) {
          const classes =
            callee.expression.kind === ts.SyntaxKind.SuperKeyword && lexical
              ? chain(lexical).slice(1)
              : chain(instance.cls);
          const target = findMethod(classes, callee.name.text);
          if (target) {
            const cost = isPublicMember(target.decl) ? 1 : 0;
            merge(reach(instance, target.decl, target.cls, stack), cost);
          }
        } else {
          const fnDecl = functionOf(callee);
          if (fnDecl) merge(reach(instance, fnDecl, undefined, stack), 0);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    stack.delete(fn);
    memo.set(fn, result);
    return result;
  }

  // Types: parameters and results of a method as the concrete class instantiates them.
  const nameOfType = (type: ts.Type): string | undefined =>
    (type.aliasSymbol ?? type.getSymbol())?.getName();

  function shapeOf(type: ts.Type, depth: number): ParamShape {
    const t = checker.getNonNullableType(type);
    const name = nameOfType(t);
    if (name?.endsWith('Options')) return { kind: 'options' };
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

  const WRAPPERS = new Set(['APIPromise', 'Promise', 'AsyncIterable', 'AsyncGenerator']);

  /** The type named in a declaration (`APIPromise<Model[]>` → `Model`, plural), generics resolved. */
  function declaredName(
    node: ts.TypeNode | undefined,
    generics: ReadonlyMap<string, string>,
  ): MethodResult['type'] {
    if (!node) return undefined;
    if (ts.isArrayTypeNode(node)) {
      const item = declaredName(node.elementType, generics);
      return item && { name: item.name, plural: true };
    }
    if (ts.isUnionTypeNode(node)) {
      const rest = node.types.filter(
        (t) =>
          t.kind !== ts.SyntaxKind.UndefinedKeyword &&
          !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword),
      );
      return rest.length === 1 ? declaredName(rest[0], generics) : undefined;
    }
    if (!ts.isTypeReferenceNode(node)) return undefined;
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    const args = node.typeArguments ?? [];
    if (name === 'PagePromise') return declaredName(args[1], generics);
    if (WRAPPERS.has(name)) return declaredName(args[0], generics);
    return { name: generics.get(name) ?? name, plural: false };
  }

  /** Type parameters of the bases as the class instantiates them: `Repo` → `Model`. */
  function genericsOf(cls: ts.ClassDeclaration): Map<string, string> {
    const generics = new Map<string, string>();
    for (let c: ts.ClassDeclaration | undefined = cls; c;) {
      const base = baseClass(c);
      const heritage = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
      const args = heritage?.types[0]?.typeArguments ?? [];
      base?.typeParameters?.forEach((param, i) => {
        const arg = args[i];
        if (arg && ts.isTypeReferenceNode(arg) && ts.isIdentifier(arg.typeName))
          generics.set(param.name.text, generics.get(arg.typeName.text) ?? arg.typeName.text);
      });
      c = base;
    }
    return generics;
  }

  function resultOf(signature: ts.Signature, type: MethodResult['type']): MethodResult {
    const returned = signature.getReturnType();
    if (nameOfType(returned) === 'PagePromise') return { kind: 'pages', type };
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

  function describe(
    instance: Instance,
    decl: ts.MethodDeclaration,
  ): Pick<ClientMethod, 'params' | 'result'> {
    const name = memberName(decl) ?? '';
    const classSymbol = instance.cls.name && checker.getSymbolAtLocation(instance.cls.name);
    const instanceType = classSymbol && checker.getDeclaredTypeOfSymbol(classSymbol);
    const symbol = instanceType && checker.getPropertyOfType(instanceType, name);
    const signatures = symbol
      ? checker.getTypeOfSymbolAtLocation(symbol, instance.cls).getCallSignatures()
      : [];
    // Overloads list the most general signature last.
    const signature = signatures[signatures.length - 1];
    if (!signature) return { params: [], result: { kind: 'nothing', type: undefined } };
    const params = signature.getParameters().map((param) => {
      const paramDecl = param.valueDeclaration;
      const optional =
        paramDecl !== undefined &&
        ts.isParameter(paramDecl) &&
        checker.isOptionalParameter(paramDecl);
      const shape: ParamShape =
        param.getName() === 'options'
          ? { kind: 'options' }
          : shapeOf(checker.getTypeOfSymbolAtLocation(param, instance.cls), 0);
      return { name: param.getName(), optional, shape };
    });
    return {
      params,
      result: resultOf(signature, declaredName(decl.type, genericsOf(instance.cls))),
    };
  }

  const methods: ClientMethod[] = [];
  function walk(instance: Instance, prefix: string[], visiting: Set<ts.ClassDeclaration>) {
    if (visiting.has(instance.cls)) return;
    visiting.add(instance.cls);
    const seen = new Set<string>();
    for (const cls of chain(instance.cls)) {
      for (const member of cls.members) {
        const name = memberName(member);
        if (!name || !isPublicMember(member) || seen.has(name)) continue;
        if (ts.isPropertyDeclaration(member)) {
          seen.add(name);
          const value = instance.fields.get(name);
          const child =
            value?.kind === 'instance'
              ? value.instance
              : (() => {
                  const childClass = classOf(checker.getTypeAtLocation(member).getSymbol());
                  return childClass && construct(childClass, []);
                })();
          if (child) walk(child, [...prefix, name], visiting);
        } else if (ts.isMethodDeclaration(member) && member.body) {
          seen.add(name);
          const operations = reach(instance, member, cls, new Set());
          methods.push({
            path: [...prefix, name],
            operations,
            ...describe(instance, member),
          });
        }
      }
    }
    visiting.delete(instance.cls);
  }

  const source = program.getSourceFile(clientFile);
  const clientClass = source?.statements.find(
    (s): s is ts.ClassDeclaration =>
      ts.isClassDeclaration(s) &&
      hasModifier(s, ts.SyntaxKind.ExportKeyword) &&
      s.name?.text.toLowerCase() === api.name.toLowerCase(),
  );
  if (!clientClass?.name) throw new Error(`${api.name}: no exported client class in ${clientFile}`);
  walk(construct(clientClass, []), [], new Set());

  const byOperation = new Map<string, ClientMethod>();
  const rank = (method: ClientMethod, op: string) =>
    [
      method.operations.get(op) ?? Infinity,
      -likeness(method, op),
      method.operations.size,
      method.path.length,
    ] as const;
  for (const method of methods) {
    for (const op of method.operations.keys()) {
      const current = byOperation.get(op);
      if (!current || compareRanks(rank(method, op), rank(current, op)) < 0)
        byOperation.set(op, method);
    }
  }

  return {
    className: clientClass.name.text,
    env: envOf(clientClass),
    methods,
    byOperation,
    rawClient: rawClientOf(program.getSourceFile(indexFile), clientClass),
  };

  /** The entry point's export whose one parameter is the client, and that returns an object. */
  function rawClientOf(
    index: ts.SourceFile | undefined,
    cls: ts.ClassDeclaration,
  ): string | undefined {
    const moduleSymbol = index && checker.getSymbolAtLocation(index);
    if (!moduleSymbol) return undefined;
    const clientType = cls.name && checker.getTypeAtLocation(cls.name);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const decl = resolved(exported)?.valueDeclaration;
      if (!decl || !ts.isFunctionDeclaration(decl)) continue;
      const [param, ...rest] = decl.parameters;
      if (!param || rest.length > 0 || !clientType) continue;
      if (checker.getTypeAtLocation(param) === clientType) return exported.getName();
    }
    return undefined;
  }
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The variables `readEnv('…')` reads in the client class (its token and base URL). */
function envOf(cls: ts.ClassDeclaration): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    const arg = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'readEnv' &&
      arg &&
      ts.isStringLiteral(arg)
    )
      found.add(arg.text);
    ts.forEachChild(node, visit);
  };
  visit(cls);
  return [...found];
}

function skipOuter(node: ts.Expression): ts.Expression {
  let expr = node;
  while (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isNonNullExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isTypeAssertionExpression(expr)
  )
    expr = expr.expression;
  return expr;
}

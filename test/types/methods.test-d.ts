import { describe, expectTypeOf, it } from 'vitest';
import { methods as cfgpuMethods } from '../../generated/cfgpu.methods.js';
import { methods as csghubMethods } from '../../generated/csghub.methods.js';
import type { CFGPU } from '../../src/cfgpu/index.js';
import type { CSGHub } from '../../src/csghub/index.js';

/** The member a dotted property path names, or `never` when a step is missing. */
type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

/** The operationIds whose declared path does not name a function of `Client`. */
type Undeclared<Client, Table extends Record<keyof Table, string>> = {
  [Id in keyof Table]: [At<Client, Table[Id]>] extends [never]
    ? Id
    : [At<Client, Table[Id]>] extends [(...args: never[]) => unknown]
      ? never
      : Id;
}[keyof Table];

/** Compiles only for `never`; otherwise the error names the operationIds. */
type None<Ids extends never> = Ids;

describe('declared client methods (x-csgkit-method)', () => {
  it('name a function on the client, for every operation', () => {
    expectTypeOf<None<Undeclared<CSGHub, typeof csghubMethods>>>().toBeNever();
    expectTypeOf<None<Undeclared<CFGPU, typeof cfgpuMethods>>>().toBeNever();
  });

  it('are refused when a step is missing, protected or not callable', () => {
    interface Wrong {
      listRegions: 'regions.lst';
      listGpus: 'gpus';
      getInstanceStatus: 'instances.transport.request';
    }
    expectTypeOf<Undeclared<CFGPU, Wrong>>().toEqualTypeOf<keyof Wrong>();
    // @ts-expect-error a typo in a declaration does not compile
    expectTypeOf<None<Undeclared<CFGPU, Pick<Wrong, 'listRegions'>>>>().toBeNever();
  });
});

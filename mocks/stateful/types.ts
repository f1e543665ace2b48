import type { Fixtures } from '../data/fixtures.js';
import type { MockArgs } from '../prism-types.js';

/** The response Prism's mock step produces, and what a store answers with. */
export interface MockResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Prism's mock step returns an fp-ts `Either`; only its data shape is needed here. */
export type MockResult = { _tag: 'Right'; right: MockResponse } | { _tag: 'Left'; left: unknown };

/** Prism's answer for the same request with another status code, from the spec's examples. */
export type SpecAnswer = (code: number) => unknown;

export interface StatefulStore {
  /** Answers a validated request from memory, or returns `undefined` to let Prism answer it. */
  answer(args: MockArgs, specAnswer: SpecAnswer): unknown;
  /** Everything it holds, as JSON-ready data (`GET /__state`). */
  state(): unknown;
  /** Back to the records it started with (`POST /__reset`). */
  reset(): void;
  /** Whether it holds the repository `namespace/name` of a kind (`models`…); CSGHub only. */
  holds?(kind: string, path: string): boolean;
  /**
   * For a repository created through the API since the start (or the last reset), its id,
   * license and creation time: its files start as the hub's initial commit. Undefined for the dataset's; CSGHub
   * only.
   */
  created?(
    kind: string,
    path: string,
  ): { id: number; license: string; created_at: string } | undefined;
}

/** What a store is made from. */
export interface StoreSetup {
  delayMs: number;
  maxRecords: number;
  seedValue: number;
  fixtures: Fixtures;
}

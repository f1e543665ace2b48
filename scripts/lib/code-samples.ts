/**
 * Code samples for every operation, written at docs-build time from the spec and the client:
 * a TypeScript call of the client method the operation declares (`x-csgkit-method`) and a curl
 * command, both filled with the spec's own examples. Redoc shows them as tabs (`x-codeSamples`).
 * One module per language; the spec facts they share live in `sample-facts.ts`.
 */
import type { ClientMap } from './client-methods.js';
import { curlSample } from './curl-sample.js';
import { factsOf, type Operation, type SampleSetup } from './sample-facts.js';
import { clientSample, fetchSample, rawSample } from './typescript-sample.js';
import { HTTP_METHODS, type OpenApiDocument } from '../../tooling/apis.js';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface OperationSamples {
  operationId: string;
  /** The client method the TypeScript sample calls, or undefined when the operation declares none. */
  call: string[] | undefined;
  samples: CodeSample[];
}

/** Samples for every operation of a dereferenced document, in spec order. */
export function buildCodeSamples(
  doc: OpenApiDocument,
  map: ClientMap,
  setup: SampleSetup,
): OperationSamples[] {
  return factsOf(doc).map((facts) => {
    const method = map.byOperation.get(facts.operationId);
    const typescript = method
      ? clientSample(setup, method, facts)
      : setup.rawClient
        ? rawSample(setup, setup.rawClient, facts)
        : fetchSample(setup, facts);
    return {
      operationId: facts.operationId,
      call: method?.path,
      samples: [
        { lang: 'TypeScript', label: 'TypeScript', source: typescript },
        { lang: 'Shell', label: 'curl', source: curlSample(setup, facts) },
      ],
    };
  });
}

/** A copy of a (bundled) document with `x-codeSamples` on every operation that has samples. */
export function withCodeSamples(
  doc: OpenApiDocument,
  samples: readonly OperationSamples[],
): OpenApiDocument {
  const byId = new Map(samples.map((s) => [s.operationId, s.samples]));
  const paths: OpenApiDocument['paths'] = {};
  for (const [route, item] of Object.entries(doc.paths)) {
    const copy: Record<string, unknown> = { ...item };
    for (const method of HTTP_METHODS) {
      const op = item[method] as Operation | undefined;
      const found = op && byId.get(op.operationId);
      if (op && found) copy[method] = { ...op, 'x-codeSamples': found };
    }
    paths[route] = copy;
  }
  return { ...doc, paths };
}

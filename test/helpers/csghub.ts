import { CSGHub, type CsghubOptions } from '../../src/csghub/index.js';
import { fakeFetch, json, TOKEN, type Handler } from './fake-fetch.js';

export const HUB = 'https://hub.test';

/** A CSGHub client wired to a fake server, with instant retries unless overridden. */
export function csghubWith(handler: Handler, options: CsghubOptions = {}) {
  const { fetch, seen } = fakeFetch(handler);
  const csghub = new CSGHub({ token: TOKEN, baseUrl: HUB, fetch, retryDelay: () => 0, ...options });
  return { csghub, seen };
}

/** A CSGHub success envelope. */
export const envelope = (data: unknown, extra: Record<string, unknown> = {}, init?: ResponseInit) =>
  json({ msg: 'OK', data, ...extra }, init);

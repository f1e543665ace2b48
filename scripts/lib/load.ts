/**
 * One HTTP load run with autocannon, for the load test (`npm run test:load`) and the mock
 * benchmark (`npm run bench -- mocks`).
 */
import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  /** Mean requests per second. */
  rps: number;
  /** Latency percentiles, in ms. */
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

export async function runLoad(
  url: string,
  options: { connections: number; durationS: number; authorization: string },
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationS,
    headers: { authorization: options.authorization },
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

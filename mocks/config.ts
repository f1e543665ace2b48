/** Default local ports; each can be overridden by flag or environment variable. */
export const DEFAULT_PORTS = {
  docs: 4000,
  csghub: 4010,
  cfgpu: 4011,
} as const;

export type ServiceName = keyof typeof DEFAULT_PORTS;

/** Environment variable that overrides a default port, e.g. `CFGPU_MOCK_PORT`. */
export const portEnvVar = (name: ServiceName): string =>
  name === 'docs' ? 'DOCS_PORT' : `${name.toUpperCase()}_MOCK_PORT`;

/** How to move a service to another port, for "port busy" messages. */
export const portHint = (name: ServiceName): string =>
  `choose another with --${name}-port or ${portEnvVar(name)}`;

/** The readiness check every mock answers: `GET /__health` → 200 and a small JSON status. */
export const HEALTH_PATH = '/__health';

/** The data-backed mocks' store: `GET /__state` dumps it as JSON, `POST /__reset` restores it. */
export const STATE_PATH = '/__state';
export const RESET_PATH = '/__reset';

/** How long each transitional state (CREATING, STOPPING, Building…) lasts in stateful mode. */
export const DEFAULT_STATEFUL_DELAY_MS = 3000;

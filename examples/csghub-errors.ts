import { APIError } from 'csgkit/core';
import { CSGHub, CSGHUB_ERROR_CODES } from 'csgkit/csghub';

const csghub = new CSGHub();

try {
  await csghub.models.get('OpenCSG/no-such-model');
} catch (error) {
  if (!(error instanceof APIError)) throw error;
  // 404 REPO-ERR-3: Repository not found (getModel: GET /api/v1/models/{namespace}/{name})
  console.error(error.message);
  if (error.status === 404) console.error('no such model');
  // The service's own text, else what its code means.
  console.error(error.serviceMessage ?? CSGHUB_ERROR_CODES[String(error.code)]);
  // {"name":"NotFoundError","message":"404 REPO-ERR-3: …","status":404,"code":"REPO-ERR-3",…}
  console.error(JSON.stringify(error));
}

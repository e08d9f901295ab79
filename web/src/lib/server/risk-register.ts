import { ok, type Api } from './api';

/** An enterprise's risk register (objects → units → events → measures), current rows only. */
export const riskRegister = (api: Api, enterpriseId: string, includeArchived = false) =>
  ok(
    api.GET('/api/v1/enterprises/{enterpriseId}/risk-register', {
      params: {
        path: { enterpriseId },
        query: { includeArchived: includeArchived ? 'true' : 'false' },
      },
    }),
  );

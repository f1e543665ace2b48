/** Lists the services answer as `null` (or leave out) when empty come back as `[]`. */
export const orEmpty = <T>(data: unknown): T[] => (Array.isArray(data) ? (data as T[]) : []);

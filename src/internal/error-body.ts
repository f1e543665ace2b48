/**
 * The message in an error body that follows no service envelope: RFC 7807 problem details
 * (as Prism sends), `{ message }` / `{ error }` objects, or a short plain-text body. HTML pages
 * and long texts give nothing, so the HTTP status text is used instead.
 */
export function genericErrorMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    const text = body.trim();
    return text !== '' && !text.startsWith('<') && text.length <= 200 ? text : undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ['detail', 'message', 'msg', 'error', 'title']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '')
      return withViolations(value, record['validation']);
  }
  return undefined;
}

/** Prism lists what was wrong with the request in `validation`; name the first few. */
function withViolations(message: string, validation: unknown): string {
  if (!Array.isArray(validation) || validation.length === 0) return message;
  const items = (validation as { location?: unknown; message?: unknown }[]).slice(0, 3).map((v) => {
    const where = Array.isArray(v.location) ? v.location.join('.') : '';
    return `${where} ${typeof v.message === 'string' ? v.message : ''}`.trim();
  });
  return `${message} [${items.join('; ')}]`;
}

/**
 * Requests whose path or query holds a malformed percent escape: a `%` without two hex digits
 * (`50%off`), or escapes that do not spell UTF-8 (`%FF`). Prism decodes path parameters with
 * `decodeURIComponent` outside any error handling, so one such request would end the whole mock
 * process; the server refuses them before Prism sees them, each API in its own error envelope.
 */

export type TargetPart = 'path' | 'query';

const decodes = (text: string) => {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

/** The part of a request target (`/path?query`) holding a malformed escape, if any. */
export function malformedPart(target: string): TargetPart | undefined {
  const mark = target.indexOf('?');
  if (!decodes(mark < 0 ? target : target.slice(0, mark))) return 'path';
  if (mark >= 0 && !decodes(target.slice(mark + 1))) return 'query';
  return undefined;
}

export interface Refusal {
  status: number;
  body: unknown;
}

/** How each API refuses a parameter it cannot read, as the spec writes its error answers. */
const REFUSALS: Record<string, (part: TargetPart) => Refusal> = {
  // The spec's 400 `ErrorBody`; `REQ-ERR-6` is the hub's code for an invalid request parameter.
  csghub: (part) => ({
    status: 400,
    body: {
      msg: `REQ-ERR-6: malformed percent-encoding in the request ${part}`,
      code: 'REQ-ERR-6',
    },
  }),
  // CFGPU fails under HTTP 200; 10001 is its documented "request parameter error".
  cfgpu: () => ({
    status: 200,
    body: { success: false, errorCode: 10001, errorMsg: '请求参数错误', content: null },
  }),
};

export function refusal(api: string, part: TargetPart): Refusal {
  return (
    REFUSALS[api]?.(part) ?? {
      status: 400,
      body: { message: `malformed percent-encoding in the request ${part}` },
    }
  );
}

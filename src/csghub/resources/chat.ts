import * as ops from '../../../generated/csghub.operations.js';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import { APIError, InvalidResponseError, RateLimitError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { guardBody } from '../../internal/body.js';
import { APIResource } from '../../internal/resource.js';
import { serverSentEvents } from '../../internal/sse.js';
import { scrubCause } from '../../internal/mask.js';
import {
  requestIdOf,
  type Operation,
  type Scrub,
  type Transport,
} from '../../internal/transport.js';
import { gatewayProfile } from '../profile.js';
import { acceptingEvents } from '../streams.js';

export type ChatCompletionCreateParamsStreaming = ChatCompletionCreateParams & { stream: true };
export type ChatCompletionCreateParamsNonStreaming = ChatCompletionCreateParams & {
  stream?: false;
};

/**
 * The chunks of a streamed answer, read once with `for await`. It ends after the last chunk;
 * leaving the loop early cancels the request.
 */
export type ChatCompletionStream = AsyncIterable<ChatCompletionChunk>;

/** OpenAI-compatible chat through the AI gateway. */
export class Chat extends APIResource {
  readonly completions: ChatCompletions;

  constructor(transport: Transport) {
    super(transport);
    this.completions = new ChatCompletions(transport);
  }
}

/** `csghub.chat.completions`: answers to a conversation, whole or streamed. */
export class ChatCompletions extends APIResource {
  /** Streams a model's answer to a conversation as chunks. Not retried automatically. */
  create(
    params: ChatCompletionCreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<ChatCompletionStream>;
  /** A model's answer to a conversation. Not retried automatically. */
  create(
    params: ChatCompletionCreateParamsNonStreaming,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion>;
  /** A model's answer to a conversation, streamed when `stream` is true. Not retried automatically. */
  create(
    params: ChatCompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion | ChatCompletionStream>;
  create(
    params: ChatCompletionCreateParams,
    options?: RequestOptions,
  ): APIPromise<ChatCompletion | ChatCompletionStream> {
    const op = ops.createChatCompletion;
    if (params.stream !== true)
      return this.transport.request(op, { body: params }, options, asCompletion);
    return this.transport.request(
      op,
      {
        body: params,
        read: (response, handoff) =>
          chunks(
            serverSentEvents(guardBody(response, handoff), op, handoff.limits.maxEventBytes),
            op,
            response,
            handoff.scrub,
          ),
      },
      acceptingEvents(options),
    );
  }
}

type AnyChoice = ChatCompletion['choices'][number] | ChatCompletionChunk['choices'][number];

/**
 * A prompt blocked by moderation is answered chunk-shaped (`delta`, not `message`), with
 * `finish_reason: 'sensitive'`: give it the completion's shape so `message` is always there.
 */
function asCompletion(data: unknown): ChatCompletion {
  const answer = data as ChatCompletion;
  const choices = (data as { choices?: AnyChoice[] } | null | undefined)?.choices;
  if (!choices?.some((choice) => 'delta' in choice)) return answer;
  return {
    ...answer,
    choices: choices.map((choice) => {
      if (!('delta' in choice)) return choice;
      const { delta, finish_reason = null, ...rest } = choice;
      return { ...rest, finish_reason, message: { ...delta, role: 'assistant' } } as AnyChoice;
    }) as ChatCompletion['choices'],
  };
}

/** The chunks of the gateway's event stream, up to `data: [DONE]`. */
async function* chunks(
  events: AsyncIterable<{ data: string }>,
  op: Operation,
  response: Response,
  scrub: Scrub,
): AsyncGenerator<ChatCompletionChunk> {
  for await (const { data } of events) {
    if (data === '[DONE]') return;
    let chunk: unknown;
    try {
      chunk = JSON.parse(data);
    } catch (cause) {
      // The parse error quotes the text, which may echo the token.
      scrubCause(cause, scrub);
      throw new InvalidResponseError({
        operation: op,
        status: response.status,
        headers: scrub(response.headers),
        body: scrub(data.slice(0, 2048)),
        message: 'stream event is not JSON',
        cause,
      });
    }
    // Failures after the stream started (a spent quota, a backend error) arrive in-band.
    if ((chunk as { error?: unknown } | null)?.error) {
      const failure = scrub(chunk);
      const { code, message } = gatewayProfile.describeError(failure);
      const ErrorClass = String(code).includes('rate_limit') ? RateLimitError : APIError;
      throw new ErrorClass({
        operation: op,
        headers: response.headers,
        body: failure,
        code,
        serviceMessage: message,
        requestId: requestIdOf(response.headers),
      });
    }
    yield chunk as ChatCompletionChunk;
  }
}

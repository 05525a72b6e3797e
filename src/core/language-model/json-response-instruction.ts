import type { MiniMaxCallOptions, MiniMaxWarning } from '../shared/minimax-neutral-types';

/**
 * For a JSON response format the endpoint cannot enforce: the instruction to
 * add to the system prompt, and the warning that says so.
 */
export function jsonResponseInstruction(
  modelId: string,
  responseFormat: Extract<NonNullable<MiniMaxCallOptions['responseFormat']>, { type: 'json' }>,
): { text: string; warning: MiniMaxWarning } {
  const { schema } = responseFormat;
  return {
    text: schema
      ? `Answer with a single JSON value that conforms to this JSON schema, and nothing else:\n${JSON.stringify(schema)}`
      : 'Answer with a single valid JSON value, and nothing else.',
    warning: {
      type: 'unsupported-setting',
      setting: 'responseFormat',
      details: `${modelId} does not honour response_format here; the JSON ${schema ? 'schema' : 'request'} was added to the system prompt instead.`,
    },
  };
}

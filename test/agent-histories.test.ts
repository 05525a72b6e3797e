/**
 * Agent histories MiniMax rejects with 2013, through ai@4/5/6/7 on both wires, against the emulator (which rejects
 * them on its own, as MiniMax does): each is repaired, with a warning that says what was done, when that keeps its
 * meaning; otherwise the call fails with InvalidPromptError before any request. Every repair is checked on the
 * wire body, and the unrepaired body is shown to be one the emulator refuses.
 */
import { InvalidPromptError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { DRIVERS, type HistoryTurn } from './support/ai-drivers';
import { useEmulator } from './support/emulator-lifecycle';

const API_KEY = 'sk-agent-histories';
const running = useEmulator({ apiKey: API_KEY });

const settings = () => ({ apiKey: API_KEY, baseURL: running().baseURL });
const WIRES = ['chat', 'messages'] as const;
type Wire = (typeof WIRES)[number];

/** Posts a body straight to the emulator (no provider in between): how MiniMax answers it. */
async function emulatorVerdict(wire: Wire, body: unknown): Promise<{ status: number; message: string }> {
  const response = await fetch(`${running().url}${wire === 'chat' ? '/v1/chat/completions' : '/anthropic/v1/messages'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}`, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { error?: { message?: string } };
  return { status: response.status, message: json.error?.message ?? '' };
}

const weather = (id: string, input: unknown = { location: 'Tokyo' }) => ({ id, name: 'get_weather', input });
const warningText = (warnings: Array<Record<string, unknown>>) => warnings.map((w) => String(w.message ?? w.details ?? '')).join('\n');

/** The wire messages of the one request the emulator got, as [role, what they say] for comparison. */
function wireTurns(wire: Wire): Array<[string, unknown]> {
  expect(running().requests).toHaveLength(1);
  const body = running().requests[0].body;
  if (wire === 'chat') {
    return body.messages.map((m: any) => [
      m.role,
      m.role === 'tool' ? [m.tool_call_id, m.content] : m.tool_calls ? m.tool_calls.map((c: any) => [c.id, c.function.arguments]) : m.content,
    ]);
  }
  return body.messages.map((m: any) => [
    m.role,
    m.content.map((b: any) =>
      b.type === 'text' ? b.text : b.type === 'tool_use' ? ['tool_use', b.id, b.input] : b.type === 'tool_result' ? ['tool_result', b.tool_use_id, b.content] : b.type,
    ),
  ]);
}

describe.each(DRIVERS)('$name: agent histories MiniMax rejects', (driver) => {
  describe.each(WIRES)('%s wire', (wire) => {
    const call = (history: HistoryTurn[]) => driver.generate(settings(), { endpoint: wire, history, toolNames: ['get_weather'] });

    it('a tool result whose call was trimmed off the front of the history is left out, with a warning', async () => {
      const result = await call([
        { role: 'tool', results: [{ id: 'call_gone', name: 'get_weather', output: 'sunny' }] },
        { role: 'user', text: 'And tomorrow?' },
      ]);
      expect(result.finishReason).not.toBe('error');
      expect(wireTurns(wire)).toEqual(wire === 'chat' ? [['user', 'And tomorrow?']] : [['user', ['And tomorrow?']]]);
      expect(warningText(result.warnings)).toMatch(/get_weather \(call_gone\) comes before any assistant turn.*left out/);
    });

    it('a tool result whose call is in no assistant turn before it fails with InvalidPromptError, before any request', async () => {
      const error = await call([
        { role: 'user', text: 'Weather?' },
        { role: 'assistant', text: 'Let me think.' },
        { role: 'tool', results: [{ id: 'call_unknown', name: 'get_weather', output: 'sunny' }] },
        { role: 'user', text: 'Well?' },
      ]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(InvalidPromptError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/get_weather \(call_unknown\) does not follow its call: no assistant turn in the history made that call/);
      expect(running().requests).toEqual([]);
    });

    it('a tool call without a result gets an error result saying so, with a warning', async () => {
      const history: HistoryTurn[] = [
        { role: 'user', text: 'Weather in Tokyo?' },
        { role: 'assistant', toolCalls: [weather('call_1')] },
        { role: 'user', text: 'Never mind: what is 2+2?' },
      ];
      let warnings: Array<Record<string, unknown>>;
      if (driver.spec === 'v3' || driver.spec === 'v4') {
        // ai@6 and ai@7 refuse such a history themselves, before the model is called; the model repairs it when
        // it is called directly (or by anything else that hands it such a prompt).
        const refused = await call(history).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(refused?.name).toBe('AI_MissingToolResultsError');
        expect(running().requests).toEqual([]);
        const provider = driver.createMiniMax(settings()) as unknown as Record<'chat' | 'messages', (id: string) => { doGenerate(options: unknown): Promise<{ warnings: unknown[] }> }>;
        const result = await provider[wire]('MiniMax-M2.1').doGenerate({
          prompt: [
            { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo?' }] },
            { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: { location: 'Tokyo' } }] },
            { role: 'user', content: [{ type: 'text', text: 'Never mind: what is 2+2?' }] },
          ],
        });
        warnings = result.warnings as Array<Record<string, unknown>>;
      } else {
        warnings = (await call(history)).warnings;
      }
      const noResult = 'No result: this tool call was not answered.';
      expect(wireTurns(wire)).toEqual(
        wire === 'chat'
          ? [
              ['user', 'Weather in Tokyo?'],
              ['assistant', [['call_1', '{"location":"Tokyo"}']]],
              ['tool', ['call_1', noResult]],
              ['user', 'Never mind: what is 2+2?'],
            ]
          : [
              ['user', ['Weather in Tokyo?']],
              ['assistant', [['tool_use', 'call_1', { location: 'Tokyo' }]]],
              ['user', [['tool_result', 'call_1', noResult], 'Never mind: what is 2+2?']],
            ],
      );
      expect(warningText(warnings)).toMatch(/get_weather \(call_1\) had none, so an error result .* was added after it/);
    });

    it('tool-call arguments that are not valid JSON are sent as {}, with a warning', async () => {
      const result = await call([
        { role: 'user', text: 'Weather in Tokyo?' },
        { role: 'assistant', toolCalls: [weather('call_2', '{"location": "Tok')] },
        { role: 'tool', results: [{ id: 'call_2', name: 'get_weather', output: 'Invalid input for tool get_weather' }] },
        { role: 'user', text: 'Try again.' },
      ]);
      const turns = wireTurns(wire);
      expect(turns[1]).toEqual(wire === 'chat' ? ['assistant', [['call_2', '{}']]] : ['assistant', [['tool_use', 'call_2', {}]]]);
      expect(warningText(result.warnings)).toMatch(/arguments of tool call get_weather \(call_2\) are not a JSON object .*sent as \{\}/);
    });

    it('an assistant turn with nothing in it is left out, with a warning', async () => {
      const result = await call([
        { role: 'user', text: 'Hello?' },
        { role: 'assistant', text: '' },
        { role: 'user', text: 'Are you there?' },
      ]);
      expect(wireTurns(wire)).toEqual(
        wire === 'chat'
          ? [
              ['user', 'Hello?'],
              ['user', 'Are you there?'],
            ]
          : [['user', ['Hello?', 'Are you there?']]],
      );
      expect(warningText(result.warnings)).toMatch(/assistant turn with nothing in it; an empty one was left out/);
    });
  });
});

describe('the emulator refuses the histories unrepaired (2013), as MiniMax does', () => {
  const user = (text: string) => ({ role: 'user', content: text });
  it.each([
    [
      'chat: a call without a result',
      'chat',
      { model: 'MiniMax-M2.1', messages: [user('Weather?'), { role: 'assistant', content: '', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] }, user('Never mind')] },
      /tool call result does not follow tool call: c1 has no result \(2013\)/,
    ],
    [
      'chat: arguments that are not JSON',
      'chat',
      {
        model: 'MiniMax-M2.1',
        messages: [
          user('Weather?'),
          { role: 'assistant', content: '', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"location": "Tok' } }] },
          { role: 'tool', tool_call_id: 'c1', content: 'bad input' },
        ],
      },
      /invalid function arguments json string, tool_call_id: c1 \(2013\)/,
    ],
    ['chat: an empty assistant turn', 'chat', { model: 'MiniMax-M2.1', messages: [user('a'), { role: 'assistant', content: '' }, user('b')] }, /assistant message content is empty \(2013\)/],
    ['chat: a trimmed call', 'chat', { model: 'MiniMax-M2.1', messages: [{ role: 'tool', tool_call_id: 'c0', content: 'sunny' }, user('b')] }, /tool call result does not follow tool call \(2013\)/],
    [
      'messages: a tool_use without its tool_result',
      'messages',
      {
        model: 'MiniMax-M2.1',
        max_tokens: 100,
        messages: [user('Weather?'), { role: 'assistant', content: [{ type: 'tool_use', id: 'c1', name: 'get_weather', input: {} }] }, user('Never mind')],
      },
      /tool_use c1 in messages\[1\] has no tool_result in messages\[2\] \(2013\)/,
    ],
    [
      'messages: tool_use input that is not an object',
      'messages',
      {
        model: 'MiniMax-M2.1',
        max_tokens: 100,
        messages: [
          user('Weather?'),
          { role: 'assistant', content: [{ type: 'tool_use', id: 'c1', name: 'get_weather', input: '{"location": "Tok' }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1', content: 'bad' }] },
        ],
      },
      /tool_use c1 input must be an object \(2013\)/,
    ],
    [
      'messages: an empty assistant turn',
      'messages',
      { model: 'MiniMax-M2.1', max_tokens: 100, messages: [user('a'), { role: 'assistant', content: [{ type: 'text', text: '' }] }, user('b')] },
      /assistant message content is empty \(2013\)/,
    ],
  ] as const)('%s', async (_name, wire, body, message) => {
    const verdict = await emulatorVerdict(wire, body);
    expect(verdict.status).toBe(400);
    expect(verdict.message).toMatch(message);
  });
});

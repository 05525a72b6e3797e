// `npm run demo`: every example in turn, offline unless MINIMAX_API_KEY is set.
import { agentExample } from './agent';
import { costExample } from './cost';
import { generateExample } from './generate';
import { setup } from './setup';
import { speechExample } from './speech';
import { streamExample } from './stream';
import { toolAgentExample } from './tool-agent';

const ctx = await setup();
try {
  await generateExample(ctx);
  await streamExample(ctx);
  await toolAgentExample(ctx);
  await agentExample(ctx);
  await speechExample(ctx);
  await costExample();
} finally {
  await ctx.close();
}

// `npm run demo`: every example in turn, offline unless MINIMAX_API_KEY is set (images and videos go to examples/output/).
import { agentExample } from './agent';
import { costExample } from './cost';
import { generateExample } from './generate';
import { imageExample } from './image';
import { setup } from './setup';
import { speechExample } from './speech';
import { streamExample } from './stream';
import { toolAgentExample } from './tool-agent';
import { videoExample } from './video';

const ctx = await setup();
try {
  await generateExample(ctx);
  await streamExample(ctx);
  await toolAgentExample(ctx);
  await agentExample(ctx);
  await speechExample(ctx);
  await costExample();
  // Media: images and video, files written to examples/output/.
  await imageExample(ctx);
  await videoExample(ctx);
} finally {
  await ctx.close();
}

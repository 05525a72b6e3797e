// Video: Hailuo through experimental_generateVideo (the provider polls), MiniMax-H3 through
// experimental_startVideo + experimental_getVideoStatus (you poll, or use a webhook). Files written to disk.
// Against MiniMax itself a video costs $0.28-$0.65 and takes minutes: set MINIMAX_DEMO_VIDEO=1 to run it there.
import { experimental_generateVideo as generateVideo, experimental_getVideoStatus as getVideoStatus, experimental_startVideo as startVideo } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { saveFile } from './media-output';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

export async function videoExample({ minimax, offline }: ExampleContext) {
  console.log('## experimental_generateVideo (MiniMax-Hailuo-2.3) and startVideo / getVideoStatus (MiniMax-H3)');
  if (!offline && !process.env.MINIMAX_DEMO_VIDEO) {
    console.log('Skipped against MiniMax (set MINIMAX_DEMO_VIDEO=1 to generate real, paid videos).\n');
    return;
  }
  // Offline the emulator finishes a task on its third query: poll every 50 ms instead of MiniMax's advised 10 s.
  const pollIntervalMs = offline ? 50 : 10_000;

  const hailuo = await generateVideo({
    model: minimax.video('MiniMax-Hailuo-2.3'),
    prompt: 'Waves rolling onto a beach at night [Push in]',
    duration: 6,
    providerOptions: { minimax: { pollIntervalMs } },
  });
  const hailuoFile = await saveFile('waves.mp4', hailuo.video.uint8Array);
  const hailuoMeta = hailuo.providerMetadata.minimax as { taskId: string; resolution: string; duration: number };
  console.log(`Hailuo: task ${hailuoMeta.taskId}, ${hailuoMeta.resolution}, ${hailuoMeta.duration} s, ${hailuo.video.uint8Array.length} bytes → ${hailuoFile}`);
  console.log(`Hailuo cost: ${formatUsd(getMiniMaxCost(hailuo.providerMetadata)?.total)}`);

  const model = minimax.video('MiniMax-H3');
  const { operation } = await startVideo({ model, prompt: 'A paper boat drifting down a rainy street', aspectRatio: '9:16', duration: 5 });
  let status = await getVideoStatus(model, { operation });
  let checks = 1;
  while (status.status === 'pending') {
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    status = await getVideoStatus(model, { operation });
    checks++;
  }
  if (status.status === 'error') throw new Error(status.error);
  const video = status.videos[0];
  if (video.type !== 'binary') throw new Error(`unexpected video data: ${video.type}`);
  const h3File = await saveFile('paper-boat.mp4', video.data);
  console.log(`H3: completed after ${checks} status checks, ${video.data.length} bytes → ${h3File}`);
  console.log(`H3 cost: ${formatUsd(getMiniMaxCost(status.providerMetadata)?.total)} (5 s × $0.13 at 2K)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(videoExample);

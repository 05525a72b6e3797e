// generateImage with image-01: two 16:9 images, written to disk, with their cost.
import { generateImage } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { saveFile } from './media-output';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

export async function imageExample({ minimax }: ExampleContext) {
  const { images, warnings, providerMetadata } = await generateImage({
    model: minimax.image('image-01'),
    prompt: 'A lighthouse at dawn, watercolour',
    n: 2,
    aspectRatio: '16:9',
  });
  console.log('## generateImage (image-01)');
  for (const [i, image] of images.entries()) {
    const file = await saveFile(`lighthouse-${i + 1}.png`, image.uint8Array);
    console.log(`Image ${i + 1}: ${image.mediaType}, ${image.uint8Array.length} bytes → ${file}`);
  }
  if (warnings.length > 0) console.log(`Warnings: ${JSON.stringify(warnings)}`);
  console.log(`Cost: ${formatUsd(getMiniMaxCost(providerMetadata)?.total)} (${images.length} × $0.0035)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(imageExample);

// Checks the built package the way users load it: every entry imports under
// ESM and under CJS (through the package's own "exports"), and exposes what
// the README promises.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const entries = {
  'minimax-ai-provider': { spec: 'v4', provider: true },
  'minimax-ai-provider/v1': { spec: 'v1', provider: true },
  'minimax-ai-provider/v2': { spec: 'v2', provider: true },
  'minimax-ai-provider/v3': { spec: 'v3', provider: true },
  'minimax-ai-provider/testing': { provider: false },
};

let checks = 0;
for (const [name, expected] of Object.entries(entries)) {
  for (const [kind, mod] of [
    ['esm', await import(name)],
    ['cjs', require(name)],
  ]) {
    if (expected.provider) {
      assert.equal(typeof mod.createMiniMax, 'function', `${name} (${kind}) exports createMiniMax`);
      assert.equal(typeof mod.minimax, 'function', `${name} (${kind}) exports minimax`);
      assert.equal(typeof mod.calculateMiniMaxCost, 'function', `${name} (${kind}) exports calculateMiniMaxCost`);
      assert.ok(Array.isArray(mod.MINIMAX_MODELS) && mod.MINIMAX_MODELS.length >= 3, `${name} (${kind}) exports the model table`);
      const model = mod.createMiniMax({ apiKey: 'check' })('MiniMax-M2.1');
      assert.equal(model.specificationVersion, expected.spec, `${name} (${kind}) model spec`);
      assert.equal(model.modelId, 'MiniMax-M2.1');
      // Speech on every entry, in the entry's spec.
      const speech = mod.createMiniMax({ apiKey: 'check' }).speech('speech-2.8-hd');
      assert.equal(speech.specificationVersion, expected.spec, `${name} (${kind}) speech model spec`);
      assert.equal(typeof speech.doGenerate, 'function');
      assert.equal(typeof mod.calculateMiniMaxSpeechCost, 'function', `${name} (${kind}) exports calculateMiniMaxSpeechCost`);
      // Media: images on every entry, video on the ai@6 and ai@7 entries only.
      const provider = mod.createMiniMax({ apiKey: 'check' });
      assert.equal(provider.image('image-01').specificationVersion, expected.spec, `${name} (${kind}) image model spec`);
      assert.equal(typeof mod.getMiniMaxCost, 'function', `${name} (${kind}) exports getMiniMaxCost`);
      const video = expected.spec === 'v3' || expected.spec === 'v4';
      assert.equal(typeof provider.video === 'function', video, `${name} (${kind}) video() ${video ? 'present' : 'absent'}`);
      if (video) assert.equal(provider.video('MiniMax-H3').specificationVersion, expected.spec, `${name} (${kind}) video model spec`);
    } else {
      assert.equal(typeof mod.createMiniMaxEmulator, 'function', `${name} (${kind}) exports createMiniMaxEmulator`);
      assert.equal(typeof mod.createMp4, 'function', `${name} (${kind}) exports createMp4`);
    }
    checks++;
    console.log(`ok ${name} (${kind})`);
  }
}
console.log(`${checks} passed, 0 failed`);

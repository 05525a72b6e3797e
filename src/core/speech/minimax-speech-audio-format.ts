/**
 * The AI SDK's `outputFormat` (a name such as `mp3`, or a media type such as `audio/pcm`) → MiniMax's
 * `audio_setting.format`, and MiniMax's format → the media type of the bytes it returns.
 */

/** MiniMax's `audio_setting.format` values. */
export type MiniMaxAudioFormatName = 'mp3' | 'wav' | 'flac' | 'pcm' | 'opus' | 'pcmu_raw' | 'pcmu_wav';

/** MiniMax's default format, and what an unsupported request falls back to. */
export const DEFAULT_MINIMAX_AUDIO_FORMAT: MiniMaxAudioFormatName = 'mp3';

/** MiniMax's default `audio_setting.sample_rate`. */
export const DEFAULT_MINIMAX_SAMPLE_RATE = 32000;

const ALIASES: Record<string, MiniMaxAudioFormatName> = {
  mp3: 'mp3',
  mpeg: 'mp3',
  mpga: 'mp3',
  wav: 'wav',
  wave: 'wav',
  'x-wav': 'wav',
  flac: 'flac',
  'x-flac': 'flac',
  pcm: 'pcm',
  l16: 'pcm',
  opus: 'opus',
  ogg: 'opus',
  pcmu: 'pcmu_raw',
  mulaw: 'pcmu_raw',
  ulaw: 'pcmu_raw',
  basic: 'pcmu_raw',
  pcmu_raw: 'pcmu_raw',
  pcmu_wav: 'pcmu_wav',
};

const MEDIA_TYPES: Record<MiniMaxAudioFormatName, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  pcm: 'audio/pcm',
  opus: 'audio/ogg',
  pcmu_raw: 'audio/pcmu',
  pcmu_wav: 'audio/wav',
};

/**
 * Formats whose pieces can be joined by concatenation, so that a streamed answer made of several MiniMax requests
 * is one playable stream: MPEG frames and headerless samples. (A WAV, FLAC or Ogg stream per segment would put a
 * new file header in the middle of the audio; MiniMax streams no WAV at all.)
 */
const STREAMABLE: ReadonlySet<MiniMaxAudioFormatName> = new Set(['mp3', 'pcm', 'pcmu_raw']);

export function mediaTypeOfMiniMaxFormat(format: MiniMaxAudioFormatName): string {
  return MEDIA_TYPES[format];
}

/**
 * Resolves a requested output format. `undefined` means MiniMax's default (mp3); an unknown name, or one that cannot
 * be streamed when `streaming`, gives mp3 and a reason for the warning.
 */
export function resolveMiniMaxAudioFormat(
  requested: string | undefined,
  streaming: boolean,
): { format: MiniMaxAudioFormatName; problem?: string } {
  if (requested === undefined || requested.trim() === '') return { format: DEFAULT_MINIMAX_AUDIO_FORMAT };
  const name = requested.trim().toLowerCase().split(';')[0].trim().replace(/^audio\//, '');
  const format = ALIASES[name];
  if (!format) {
    return {
      format: DEFAULT_MINIMAX_AUDIO_FORMAT,
      problem: `MiniMax has no output format ${JSON.stringify(requested)} (it has mp3, wav, flac, pcm, opus, pcmu_raw, pcmu_wav): mp3 is used.`,
    };
  }
  if (streaming && !STREAMABLE.has(format)) {
    return {
      format: DEFAULT_MINIMAX_AUDIO_FORMAT,
      problem: `${format} cannot be streamed (streamed speech supports mp3, pcm and pcmu): mp3 is used.`,
    };
  }
  return { format };
}

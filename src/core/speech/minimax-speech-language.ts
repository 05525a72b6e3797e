/**
 * The AI SDK's `language` (ISO 639-1, a BCP 47 tag such as `pt-BR`, or `auto`) → MiniMax's `language_boost`.
 */
import { MINIMAX_SPEECH_LANGUAGES, type MiniMaxSpeechLanguage } from './minimax-speech-options';

const BY_ISO_CODE: Record<string, MiniMaxSpeechLanguage> = {
  zh: 'Chinese',
  yue: 'Chinese,Yue',
  en: 'English',
  ar: 'Arabic',
  ru: 'Russian',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
  de: 'German',
  tr: 'Turkish',
  nl: 'Dutch',
  uk: 'Ukrainian',
  vi: 'Vietnamese',
  id: 'Indonesian',
  ja: 'Japanese',
  it: 'Italian',
  ko: 'Korean',
  th: 'Thai',
  pl: 'Polish',
  ro: 'Romanian',
  el: 'Greek',
  cs: 'Czech',
  fi: 'Finnish',
  hi: 'Hindi',
  bg: 'Bulgarian',
  da: 'Danish',
  he: 'Hebrew',
  ms: 'Malay',
  fa: 'Persian',
  sk: 'Slovak',
  sv: 'Swedish',
  hr: 'Croatian',
  fil: 'Filipino',
  tl: 'Filipino',
  hu: 'Hungarian',
  no: 'Norwegian',
  nb: 'Norwegian',
  sl: 'Slovenian',
  ca: 'Catalan',
  nn: 'Nynorsk',
  ta: 'Tamil',
  af: 'Afrikaans',
  auto: 'auto',
};

/** Cantonese is written `zh-HK`, `zh-MO`, `zh-yue` or `yue`. */
const CANTONESE = /^(yue|zh-(hk|mo|yue))(-|$)/;

const BY_NAME = new Map(MINIMAX_SPEECH_LANGUAGES.map((name) => [name.toLowerCase(), name]));

/** MiniMax's `language_boost` for an AI SDK `language`, or `undefined` when MiniMax has no such language. */
export function toMiniMaxLanguageBoost(language: string): MiniMaxSpeechLanguage | undefined {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  if (CANTONESE.test(tag)) return 'Chinese,Yue';
  return BY_NAME.get(tag) ?? BY_ISO_CODE[tag.split('-')[0]];
}

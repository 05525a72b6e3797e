import { tool } from 'ai';
import { z } from 'zod';

const CONDITIONS = ['sunny', 'partly cloudy', 'light rain', 'overcast', 'clear skies'] as const;

/** The demo's tools. `get_weather` returns made-up but deterministic weather (no weather service is called). */
export const tools = {
  get_weather: tool({
    description: 'Get the current weather for a city',
    inputSchema: z.object({
      location: z.string().describe('The city, e.g. "Tokyo"'),
    }),
    execute: async ({ location }) => {
      let hash = 7;
      for (const char of location.trim().toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
      return {
        location,
        temperatureC: 8 + (hash % 22),
        condition: CONDITIONS[hash % CONDITIONS.length],
      };
    },
  }),
};

export type ChatTools = typeof tools;

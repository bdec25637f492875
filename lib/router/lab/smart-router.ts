/**
 * The lesson's SmartRouter written as lab rules: the lab starts from it and
 * can be reset to it. Same order and thresholds as routeByRules (rules.ts).
 */
import { CONTEXT_FLASH_TOKENS, CONTEXT_PRO_TOKENS, LATENCY_FLASH_LITE_MS } from '../rules';
import type { LabRouter } from './schema';

export function smartRouterRules(): LabRouter {
  return {
    version: 1,
    rules: [
      {
        conditions: [{ kind: 'latencyMs', op: '<', value: LATENCY_FLASH_LITE_MS }],
        tier: 'flash-lite',
      },
      { conditions: [{ kind: 'needsReasoning', is: true }], tier: 'pro' },
      { conditions: [{ kind: 'contextTokens', op: '>', value: CONTEXT_PRO_TOKENS }], tier: 'pro' },
      { conditions: [{ kind: 'needsTools', is: true }], tier: 'flash' },
      {
        conditions: [{ kind: 'contextTokens', op: '>', value: CONTEXT_FLASH_TOKENS }],
        tier: 'flash',
      },
    ],
    fallback: 'flash-lite',
  };
}

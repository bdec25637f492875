import type { LabRouter } from '@/lib/router/lab/schema';
import { smartRouterRules } from '@/lib/router/lab/smart-router';

/**
 * A router that passes the hidden round: the SmartRouter's first three
 * rules, then the classifier's bucket where it is confident, then the rest.
 */
export function confidentRouter(): LabRouter {
  const smart = smartRouterRules();
  return {
    version: 1,
    fallback: 'flash-lite',
    rules: [
      smart.rules[0]!,
      smart.rules[1]!,
      smart.rules[2]!,
      {
        conditions: [
          { kind: 'bucket', is: 'REASON' },
          { kind: 'confidence', op: '>=', value: 50 },
        ],
        tier: 'pro',
      },
      {
        conditions: [
          { kind: 'bucket', is: 'AGENT' },
          { kind: 'confidence', op: '>=', value: 90 },
        ],
        tier: 'pro',
      },
      {
        conditions: [
          { kind: 'bucket', is: 'CODE' },
          { kind: 'confidence', op: '>=', value: 50 },
        ],
        tier: 'flash',
      },
      smart.rules[3]!,
      smart.rules[4]!,
    ],
  };
}

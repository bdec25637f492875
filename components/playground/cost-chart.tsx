'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatUsd } from '@/lib/router/cost';

const COLORS: Record<string, string> = {
  router: '#4f46e5',
  alwaysPro: '#7c3aed',
  alwaysFlash: '#0284c7',
  alwaysFlashLite: '#059669',
};

/** Total cost per strategy as bars (the numbers are also listed beside it as text). */
export function CostChart({ bars }: { bars: { key: string; label: string; usd: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={bars}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#a1a1aa55" />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: 'currentColor' }} interval={0} />
        <YAxis
          tickFormatter={(value: number) => formatUsd(value)}
          tick={{ fontSize: 11, fill: 'currentColor' }}
          width={72}
        />
        <Tooltip formatter={(value) => formatUsd(Number(value))} cursor={{ fill: '#a1a1aa22' }} />
        <Bar dataKey="usd" isAnimationActive={false} radius={[6, 6, 0, 0]}>
          {bars.map((bar) => (
            <Cell key={bar.key} fill={COLORS[bar.key] ?? '#4f46e5'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

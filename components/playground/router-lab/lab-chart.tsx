'use client';

import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { formatUsd } from '@/lib/router/cost';

export interface LabPoint {
  key: string;
  label: string;
  /** Under-routed share in percent. */
  under: number;
  usd: number;
}

const COLORS: Record<string, string> = {
  router: '#4f46e5',
  alwaysPro: '#7c3aed',
  alwaysFlash: '#0284c7',
  alwaysFlashLite: '#059669',
  auto: '#d97706',
  labels: '#52525b',
};

/** Cost against under-routing, one point per router (the same figures are in the table beside it). */
export function LabChart({
  points,
  xLabel,
  yLabel,
}: {
  points: LabPoint[];
  xLabel: string;
  yLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 36, right: 32, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#a1a1aa55" />
        <XAxis
          type="number"
          dataKey="under"
          name={xLabel}
          unit="%"
          domain={[0, 'auto']}
          tick={{ fontSize: 11, fill: 'currentColor' }}
          label={{
            value: xLabel,
            position: 'insideBottom',
            offset: -12,
            fontSize: 12,
            fill: 'currentColor',
          }}
        />
        <YAxis
          type="number"
          dataKey="usd"
          name={yLabel}
          tickFormatter={(value: number) => formatUsd(value)}
          tick={{ fontSize: 11, fill: 'currentColor' }}
          width={76}
        />
        <ZAxis range={[90, 90]} />
        <Tooltip
          formatter={(value, name) =>
            name === yLabel ? formatUsd(Number(value)) : `${Number(value).toFixed(1)}%`
          }
        />
        {points.map((point) => (
          <Scatter
            key={point.key}
            name={point.label}
            data={[point]}
            fill={COLORS[point.key] ?? '#4f46e5'}
            isAnimationActive={false}
          >
            <LabelList dataKey="label" position="top" fontSize={11} fill="currentColor" />
          </Scatter>
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}

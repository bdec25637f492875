import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Callout } from './callout';
import { Check } from './check';
import {
  CacheBreakEven,
  CacheDayCost,
  CachedMultiple,
  CallCostShare,
  CallsWithin,
  MixMultiple,
  ReroutedTo,
  ServiceMultiple,
  ShutdownDay,
  ShutdownReadings,
  CallCost,
  CallCostRatio,
  CatalogDay,
  ExerciseFigure,
  LineupShift,
  ModelId,
  ModelStatus,
  Price,
  PriceRatio,
  TierTable,
} from './catalog-values';
import { CodeFigure, CodePre } from './code-figure';
import { CodeTabs } from './code-tabs';
import { Exercise } from './exercise';

function LessonLink({ href = '', ...props }: ComponentProps<'a'>) {
  const external = /^https?:\/\//.test(href);
  return <a href={href} {...props} {...(external ? { rel: 'noopener noreferrer' } : {})} />;
}

/** Tables scroll sideways on a phone instead of squeezing Korean text into slivers. */
function LessonTable(props: ComponentProps<'table'>) {
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** The elements and components a lesson's MDX may use. */
export const mdxComponents: MDXComponents = {
  a: LessonLink,
  figure: CodeFigure,
  pre: CodePre,
  table: LessonTable,
  Callout,
  Check,
  CodeTabs,
  Exercise,
  ModelId,
  Price,
  PriceRatio,
  CallCost,
  CallCostRatio,
  CacheBreakEven,
  CatalogDay,
  TierTable,
  LineupShift,
  ExerciseFigure,
  CallCostShare,
  CallsWithin,
  MixMultiple,
  CachedMultiple,
  ServiceMultiple,
  ShutdownReadings,
  ShutdownDay,
  ReroutedTo,
  CacheDayCost,
  ModelStatus,
};

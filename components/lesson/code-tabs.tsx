import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { languageName } from './code-figure';
import { CodeTabsShell } from './code-tabs-shell';

type FigureElement = ReactElement<{ 'data-language'?: string; 'data-title'?: string }>;

/** Shows the same code in several languages as tabs (one highlighted block per tab). */
export function CodeTabs({ children }: { children: ReactNode }) {
  const blocks = Children.toArray(children).filter(isValidElement) as FigureElement[];
  const labels = blocks.map((block) => languageName(block.props['data-language']));
  return <CodeTabsShell labels={labels} panels={blocks} />;
}

/**
 * What the lesson body's static markup does when used (see code-figure.tsx
 * and code-tabs.tsx): copy buttons and code tabs, by event delegation on the
 * body, so the body needs no React in the browser.
 */

const RESET_MS = 2_000;

async function copyBlock(button: HTMLButtonElement): Promise<void> {
  const block = button.closest('[data-code-block]');
  const code = block?.querySelector('pre code');
  const status = block?.querySelector<HTMLElement>('[data-copy-status]');
  const text = code instanceof HTMLElement ? code.innerText : '';
  let copied = true;
  try {
    await navigator.clipboard.writeText(text.replace(/\n$/, ''));
  } catch {
    copied = false;
  }
  if (copied) button.textContent = button.dataset.copiedLabel ?? '';
  if (status)
    status.textContent = (copied ? button.dataset.copiedLabel : button.dataset.failedLabel) ?? '';
  clearTimeout(Number(button.dataset.resetTimer));
  button.dataset.resetTimer = String(
    window.setTimeout(() => {
      button.textContent = button.dataset.copyLabel ?? '';
      if (status) status.textContent = '';
    }, RESET_MS),
  );
}

function selectTab(tab: HTMLElement, focus: boolean): void {
  const tablist = tab.closest('[role="tablist"]');
  if (!tablist) return;
  for (const other of tablist.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
  if (focus) tab.focus();
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const copy = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (copy) return void copyBlock(copy);
  const tab = target?.closest<HTMLElement>('[data-code-tabs] [role="tab"]');
  if (tab) selectTab(tab, false);
}

function onKeyDown(event: KeyboardEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const tab = target?.closest<HTMLElement>('[data-code-tabs] [role="tab"]');
  const tablist = tab?.closest('[role="tablist"]');
  if (!tab || !tablist) return;
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  const at = tabs.indexOf(tab);
  const moves: Record<string, number> = {
    ArrowRight: (at + 1) % tabs.length,
    ArrowLeft: (at - 1 + tabs.length) % tabs.length,
    Home: 0,
    End: tabs.length - 1,
  };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(tabs[next]!, true);
}

/** Brings the body's copy buttons and tabs to life; returns how to stop. */
export function attachCodeBlockBehaviour(body: HTMLElement): () => void {
  body.addEventListener('click', onClick);
  body.addEventListener('keydown', onKeyDown);
  return () => {
    body.removeEventListener('click', onClick);
    body.removeEventListener('keydown', onKeyDown);
  };
}
